"""UMKM snapshots (dated figures) and the UMKM row's copy of the latest one.

Every add / edit / delete runs in one transaction and ends with
:func:`refresh_latest`, which copies the latest snapshot's ``annual_sales``,
``capital``, ``employees`` and ``channels`` onto the UMKM row and recomputes
``scale_class`` with the thresholds of the configured regulation (sales for an
existing business, capital when no sales figure is known). With no snapshot
left, those fields become NULL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.models import Umkm, UmkmSnapshot
from wirausaha_app.core.models.enums import SalesChannel, values
from wirausaha_app.core.rules.scale import ScaleRules, load_scale_rules
from wirausaha_app.core.services.mentoring_common import FieldError
from wirausaha_app.core.services.records.base import log_change

_FIELDS = ("snapshot_date", "annual_sales", "capital", "employees", "channels", "has_nib")


@dataclass
class SnapshotInput:
    snapshot_date: date
    annual_sales: int | None = None
    capital: int | None = None
    employees: int | None = None
    channels: Iterable[str] = field(default_factory=tuple)
    has_nib: bool | None = None
    note: str | None = None


def channels_text(channels: Iterable[str]) -> str | None:
    """Stored form: sorted, de-duplicated, comma-separated codes (None when empty)."""
    codes = sorted({c.strip() for c in channels if c and c.strip()})
    return ",".join(codes) or None


def parse_channels(text: str | None) -> frozenset[str]:
    return frozenset(c.strip() for c in (text or "").split(",") if c.strip())


def _validate(data: SnapshotInput) -> None:
    for name in ("annual_sales", "capital", "employees"):
        value = getattr(data, name)
        if value is not None and value < 0:
            raise FieldError(
                name, msg(QT_TRANSLATE_NOOP("Snapshots", "The figure cannot be negative."))
            )
    unknown = set(data.channels) - set(values(SalesChannel))
    if unknown:
        raise FieldError(
            "channels",
            msg(
                QT_TRANSLATE_NOOP("Snapshots", "Unknown sales channel: {codes}."),
                codes=", ".join(sorted(unknown)),
            ),
        )


def _check_date_free(session: Session, umkm_id: int, day: date, own_id: int | None) -> None:
    clash = session.scalars(
        select(UmkmSnapshot.id).where(
            UmkmSnapshot.umkm_id == umkm_id, UmkmSnapshot.snapshot_date == day
        )
    ).first()
    if clash is not None and clash != own_id:
        raise FieldError(
            "snapshot_date",
            msg(
                QT_TRANSLATE_NOOP("Snapshots", "This UMKM already has a snapshot dated {day}."),
                day=day.isoformat(),
            ),
        )


def _apply(row: UmkmSnapshot, data: SnapshotInput) -> None:
    row.snapshot_date = data.snapshot_date
    row.annual_sales = data.annual_sales
    row.capital = data.capital
    row.employees = data.employees
    row.channels = channels_text(data.channels)
    row.has_nib = data.has_nib
    row.note = (data.note or "").strip() or None


def refresh_latest(session: Session, umkm_id: int, rules: ScaleRules | None = None) -> None:
    """Copy the latest snapshot onto the UMKM row (call inside the writing transaction)."""
    session.flush()
    rules = rules or load_scale_rules(session)
    latest = session.scalars(
        select(UmkmSnapshot)
        .where(UmkmSnapshot.umkm_id == umkm_id)
        .order_by(UmkmSnapshot.snapshot_date.desc())
        .limit(1)
    ).first()
    values_: dict[str, object] = {
        "annual_sales": None,
        "capital": None,
        "employees": None,
        "channels": None,
        "scale_class": None,
    }
    if latest is not None:
        values_ = {
            "annual_sales": latest.annual_sales,
            "capital": latest.capital,
            "employees": latest.employees,
            "channels": latest.channels,
            "scale_class": rules.classify(annual_sales=latest.annual_sales, capital=latest.capital),
        }
    session.execute(update(Umkm).where(Umkm.id == umkm_id).values(**values_))


def add_snapshot(db: Database, umkm_id: int, data: SnapshotInput) -> int:
    _validate(data)
    with db.transaction() as session:
        if session.get(Umkm, umkm_id) is None:
            raise FieldError("umkm_id", msg(QT_TRANSLATE_NOOP("Snapshots", "Choose an UMKM.")))
        _check_date_free(session, umkm_id, data.snapshot_date, None)
        row = UmkmSnapshot(umkm_id=umkm_id)
        _apply(row, data)
        session.add(row)
        session.flush()
        refresh_latest(session, umkm_id)
        log_change(session, "umkm_snapshots", row.id, "create", _FIELDS)
        return row.id


def update_snapshot(db: Database, snapshot_id: int, data: SnapshotInput) -> None:
    _validate(data)
    with db.transaction() as session:
        row = session.get(UmkmSnapshot, snapshot_id)
        if row is None:
            raise UserError(msg(QT_TRANSLATE_NOOP("Snapshots", "The snapshot no longer exists.")))
        _check_date_free(session, row.umkm_id, data.snapshot_date, row.id)
        _apply(row, data)
        refresh_latest(session, row.umkm_id)
        log_change(session, "umkm_snapshots", snapshot_id, "update", _FIELDS)


def delete_snapshot(db: Database, snapshot_id: int) -> None:
    with db.transaction() as session:
        row = session.get(UmkmSnapshot, snapshot_id)
        if row is None:
            return
        umkm_id = row.umkm_id
        session.delete(row)
        refresh_latest(session, umkm_id)
        log_change(session, "umkm_snapshots", snapshot_id, "delete", ())


def delete_snapshots(db: Database, ids: Sequence[int]) -> None:
    """One transaction; each affected UMKM row then follows its new latest snapshot."""
    with db.transaction() as session:
        rows = list(session.scalars(select(UmkmSnapshot).where(UmkmSnapshot.id.in_(list(ids)))))
        for row in rows:
            log_change(session, "umkm_snapshots", row.id, "delete", ())
            session.delete(row)
        for umkm_id in sorted({row.umkm_id for row in rows}):
            refresh_latest(session, umkm_id)


def load_snapshot(session: Session, snapshot_id: int) -> tuple[int, SnapshotInput] | None:
    row = session.get(UmkmSnapshot, snapshot_id)
    if row is None:
        return None
    return row.umkm_id, SnapshotInput(
        snapshot_date=row.snapshot_date,
        annual_sales=row.annual_sales,
        capital=row.capital,
        employees=row.employees,
        channels=tuple(sorted(parse_channels(row.channels))),
        has_nib=row.has_nib,
        note=row.note,
    )
