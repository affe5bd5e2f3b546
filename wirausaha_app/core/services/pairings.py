"""Pairings: a team works as value-chain partner of an UMKM, in a role, for a period.

Capacity (settings ``max_active_pairings_per_team`` = N, ``max_active_pairings_per_umkm``
= M): saving a pairing as ``active`` is refused when the team already has N other
active pairings or the UMKM M. ``proposed`` pairings do not count against the hard
limit (the suggestion optimiser counts them to avoid proposing twice). A team can
have only one open (proposed/active) pairing with the same UMKM.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.models import Pairing, Team, Umkm, ValueChainRole
from wirausaha_app.core.models.enums import PairingStatus, values
from wirausaha_app.core.services.mentoring_common import FieldError, delete_logged, setting_int
from wirausaha_app.core.services.program_settings import (
    DEFAULT_TEAM_LIMIT,
    DEFAULT_UMKM_LIMIT,
    TEAM_LIMIT_KEY,
    UMKM_LIMIT_KEY,
)
from wirausaha_app.core.services.records.base import log_change

OPEN_STATUSES = (PairingStatus.PROPOSED.value, PairingStatus.ACTIVE.value)
_FIELDS = ("team_id", "umkm_id", "role_code", "start_date", "end_date", "status", "notes")


@dataclass
class PairingInput:
    team_id: int
    umkm_id: int
    role_code: str
    start_date: date
    end_date: date | None = None
    status: str = PairingStatus.PROPOSED
    notes: str | None = None


def limits(session: Session) -> tuple[int, int]:
    """(max active pairings per team, per UMKM) from settings."""
    return (
        setting_int(session, TEAM_LIMIT_KEY, DEFAULT_TEAM_LIMIT),
        setting_int(session, UMKM_LIMIT_KEY, DEFAULT_UMKM_LIMIT),
    )


def count_pairings(
    session: Session,
    *,
    team_id: int | None = None,
    umkm_id: int | None = None,
    statuses: tuple[str, ...] = (PairingStatus.ACTIVE.value,),
    exclude_id: int | None = None,
) -> int:
    query = select(func.count()).select_from(Pairing).where(Pairing.status.in_(statuses))
    if team_id is not None:
        query = query.where(Pairing.team_id == team_id)
    if umkm_id is not None:
        query = query.where(Pairing.umkm_id == umkm_id)
    if exclude_id is not None:
        query = query.where(Pairing.id != exclude_id)
    return int(session.execute(query).scalar_one())


def _validate(session: Session, data: PairingInput, own_id: int | None) -> None:
    team = session.get(Team, data.team_id)
    if team is None:
        raise FieldError("team_id", msg(QT_TRANSLATE_NOOP("Pairings", "Choose a team.")))
    umkm = session.get(Umkm, data.umkm_id)
    if umkm is None:
        raise FieldError("umkm_id", msg(QT_TRANSLATE_NOOP("Pairings", "Choose an UMKM.")))
    role = session.get(ValueChainRole, data.role_code)
    if role is None or not role.active:
        raise FieldError(
            "role_code", msg(QT_TRANSLATE_NOOP("Pairings", "Choose a value-chain role."))
        )
    if data.status not in values(PairingStatus):
        raise FieldError("status", msg(QT_TRANSLATE_NOOP("Pairings", "Choose a status.")))
    if data.end_date is not None and data.end_date < data.start_date:
        raise FieldError(
            "end_date",
            msg(QT_TRANSLATE_NOOP("Pairings", "The end date cannot be before the start date.")),
        )
    if data.status == PairingStatus.FINISHED and data.end_date is None:
        raise FieldError(
            "end_date", msg(QT_TRANSLATE_NOOP("Pairings", "A finished pairing needs its end date."))
        )
    if data.status in OPEN_STATUSES:
        query = select(Pairing.id).where(
            Pairing.team_id == data.team_id,
            Pairing.umkm_id == data.umkm_id,
            Pairing.status.in_(OPEN_STATUSES),
        )
        if own_id is not None:
            query = query.where(Pairing.id != own_id)
        if session.scalars(query).first() is not None:
            raise FieldError(
                "umkm_id",
                msg(
                    QT_TRANSLATE_NOOP("Pairings", "{team} is already paired with {umkm}."),
                    team=team.name,
                    umkm=umkm.name,
                ),
            )
    if data.status == PairingStatus.ACTIVE:
        team_max, umkm_max = limits(session)
        team_active = count_pairings(session, team_id=data.team_id, exclude_id=own_id)
        if team_active >= team_max:
            raise FieldError(
                "team_id",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Pairings",
                        "{team} already has {active} active pairings; the limit is {limit}. Finish one first or raise the limit in Tools → Program settings.",  # noqa: E501
                    ),
                    team=team.name,
                    active=team_active,
                    limit=team_max,
                ),
            )
        umkm_active = count_pairings(session, umkm_id=data.umkm_id, exclude_id=own_id)
        if umkm_active >= umkm_max:
            raise FieldError(
                "umkm_id",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Pairings",
                        "{umkm} already works with {active} teams; the limit is {limit}.",
                    ),
                    umkm=umkm.name,
                    active=umkm_active,
                    limit=umkm_max,
                ),
            )


def _apply(row: Pairing, data: PairingInput) -> None:
    row.team_id = data.team_id
    row.umkm_id = data.umkm_id
    row.role_code = data.role_code
    row.start_date = data.start_date
    row.end_date = data.end_date
    row.status = str(data.status)
    row.notes = (data.notes or "").strip() or None


def create_pairing(db: Database, data: PairingInput) -> int:
    with db.transaction() as session:
        _validate(session, data, None)
        row = Pairing()
        _apply(row, data)
        session.add(row)
        session.flush()
        log_change(session, "pairings", row.id, "create", _FIELDS)
        return row.id


def create_pairings(session: Session, items: list[PairingInput]) -> list[int]:
    """Several pairings inside the caller's transaction (each validated in turn)."""
    ids = []
    for data in items:
        _validate(session, data, None)
        row = Pairing()
        _apply(row, data)
        session.add(row)
        session.flush()
        log_change(session, "pairings", row.id, "create", _FIELDS)
        ids.append(row.id)
    return ids


def update_pairings(session: Session, items: list[tuple[int, PairingInput]]) -> None:
    """Several pairing changes inside the caller's transaction, each validated in turn."""
    for pairing_id, data in items:
        row = session.get(Pairing, pairing_id)
        if row is None:
            raise UserError(msg(QT_TRANSLATE_NOOP("Pairings", "The pairing no longer exists.")))
        _validate(session, data, pairing_id)
        _apply(row, data)
        session.flush()
        log_change(session, "pairings", pairing_id, "update", _FIELDS)


def update_pairing(db: Database, pairing_id: int, data: PairingInput) -> None:
    with db.transaction() as session:
        row = session.get(Pairing, pairing_id)
        if row is None:
            raise UserError(msg(QT_TRANSLATE_NOOP("Pairings", "The pairing no longer exists.")))
        _validate(session, data, pairing_id)
        _apply(row, data)
        log_change(session, "pairings", pairing_id, "update", _FIELDS)


def set_status(db: Database, pairing_id: int, status: str, on: date | None = None) -> None:
    """Change only the status; finishing without an end date ends it on ``on``."""
    with db.session() as session:
        current = load_pairing(session, pairing_id)
    if current is None:
        raise UserError(msg(QT_TRANSLATE_NOOP("Pairings", "The pairing no longer exists.")))
    current.status = status
    if status in (PairingStatus.FINISHED, PairingStatus.CANCELLED) and current.end_date is None:
        current.end_date = max(on or date.today(), current.start_date)
    update_pairing(db, pairing_id, current)


def delete_pairing(db: Database, pairing_id: int) -> None:
    delete_logged(db, Pairing.id, "pairings", [pairing_id])


def delete_pairings(db: Database, ids: Sequence[int]) -> None:
    """Delete several pairings in one transaction (outcomes are computed, not stored)."""
    delete_logged(db, Pairing.id, "pairings", ids)


def load_pairing(session: Session, pairing_id: int) -> PairingInput | None:
    row = session.get(Pairing, pairing_id)
    if row is None:
        return None
    return PairingInput(
        team_id=row.team_id,
        umkm_id=row.umkm_id,
        role_code=row.role_code,
        start_date=row.start_date,
        end_date=row.end_date,
        status=row.status,
        notes=row.notes,
    )


def active_roles(session: Session) -> list[ValueChainRole]:
    return list(
        session.scalars(
            select(ValueChainRole)
            .where(ValueChainRole.active)
            .order_by(ValueChainRole.sort_order, ValueChainRole.code)
        )
    )
