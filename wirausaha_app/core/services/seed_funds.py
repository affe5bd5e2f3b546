"""Seed funding (bantuan dana usaha) ledger per team: granted, disbursed, reported.

Invariants checked after every change, in the same transaction:
disbursed total ≤ granted total, and reported total ≤ disbursed total
(a team reports spending of money it received).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.formatting import format_rupiah
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.models import SeedFundEntry, Team
from wirausaha_app.core.models.enums import SeedFundKind, values
from wirausaha_app.core.services.mentoring_common import FieldError
from wirausaha_app.core.services.records.base import log_change

_FIELDS = ("team_id", "kind", "amount", "entry_date", "note")


@dataclass(frozen=True)
class FundTotals:
    granted: int = 0
    disbursed: int = 0
    reported: int = 0

    @property
    def not_yet_disbursed(self) -> int:
        return self.granted - self.disbursed


@dataclass(frozen=True)
class TeamFunds:
    team_id: int
    team_name: str
    totals: FundTotals


def _sum(kind: SeedFundKind):
    return func.coalesce(
        func.sum(case((SeedFundEntry.kind == kind.value, SeedFundEntry.amount), else_=0)), 0
    )


def team_totals(session: Session, team_id: int) -> FundTotals:
    row = session.execute(
        select(
            _sum(SeedFundKind.GRANTED), _sum(SeedFundKind.DISBURSED), _sum(SeedFundKind.REPORTED)
        ).where(SeedFundEntry.team_id == team_id)
    ).one()
    return FundTotals(int(row[0]), int(row[1]), int(row[2]))


def cohort_totals(session: Session, cohort_id: int) -> tuple[FundTotals, list[TeamFunds]]:
    rows = session.execute(
        select(
            Team.id,
            Team.name,
            _sum(SeedFundKind.GRANTED),
            _sum(SeedFundKind.DISBURSED),
            _sum(SeedFundKind.REPORTED),
        )
        .outerjoin(SeedFundEntry, SeedFundEntry.team_id == Team.id)
        .where(Team.cohort_id == cohort_id)
        .group_by(Team.id, Team.name)
        .order_by(Team.name, Team.id)
    ).all()
    teams = [
        TeamFunds(int(i), str(n), FundTotals(int(g), int(d), int(r))) for i, n, g, d, r in rows
    ]
    total = FundTotals(
        sum(t.totals.granted for t in teams),
        sum(t.totals.disbursed for t in teams),
        sum(t.totals.reported for t in teams),
    )
    return total, teams


def check_ledger(session: Session, team_id: int) -> None:
    session.flush()
    totals = team_totals(session, team_id)
    if totals.disbursed > totals.granted:
        raise FieldError(
            "amount",
            msg(
                QT_TRANSLATE_NOOP(
                    "SeedFunds",
                    "Disbursed money ({disbursed}) would exceed the amount granted ({granted}).",
                ),
                disbursed=format_rupiah(totals.disbursed),
                granted=format_rupiah(totals.granted),
            ),
        )
    if totals.reported > totals.disbursed:
        raise FieldError(
            "amount",
            msg(
                QT_TRANSLATE_NOOP(
                    "SeedFunds",
                    "Reported spending ({reported}) would exceed the money disbursed ({disbursed}).",  # noqa: E501
                ),
                reported=format_rupiah(totals.reported),
                disbursed=format_rupiah(totals.disbursed),
            ),
        )


def _validate(kind: str, amount: int) -> None:
    if kind not in values(SeedFundKind):
        raise FieldError(
            "kind", msg(QT_TRANSLATE_NOOP("SeedFunds", "Choose granted, disbursed or reported."))
        )
    if amount <= 0:
        raise FieldError(
            "amount", msg(QT_TRANSLATE_NOOP("SeedFunds", "The amount must be above zero."))
        )


def add_entry(
    db: Database, team_id: int, kind: str, amount: int, entry_date: date, note: str | None = None
) -> int:
    _validate(kind, amount)
    with db.transaction() as session:
        if session.get(Team, team_id) is None:
            raise FieldError("team_id", msg(QT_TRANSLATE_NOOP("SeedFunds", "Choose a team.")))
        entry = SeedFundEntry(
            team_id=team_id, kind=str(kind), amount=amount, entry_date=entry_date, note=note or None
        )
        session.add(entry)
        check_ledger(session, team_id)
        log_change(session, "seed_fund_entries", entry.id, "create", _FIELDS)
        return entry.id


def update_entry(
    db: Database, entry_id: int, kind: str, amount: int, entry_date: date, note: str | None = None
) -> None:
    _validate(kind, amount)
    with db.transaction() as session:
        entry = session.get(SeedFundEntry, entry_id)
        if entry is None:
            raise UserError(msg(QT_TRANSLATE_NOOP("SeedFunds", "The entry no longer exists.")))
        entry.kind, entry.amount, entry.entry_date, entry.note = str(kind), amount, entry_date, note
        check_ledger(session, entry.team_id)
        log_change(session, "seed_fund_entries", entry_id, "update", _FIELDS)


def delete_entry(db: Database, entry_id: int) -> None:
    with db.transaction() as session:
        entry = session.get(SeedFundEntry, entry_id)
        if entry is None:
            return
        team_id = entry.team_id
        session.delete(entry)
        # Deleting a grant could leave more disbursed than granted.
        check_ledger(session, team_id)
        log_change(session, "seed_fund_entries", entry_id, "delete", ())
