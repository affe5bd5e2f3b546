"""Program outputs (luaran) per team: one row per (team, output kind) with a status.

Progress counts only *active* output kinds: a team's total is the number of active
kinds, its done count the kinds with status ``done``; a cohort's total is
teams × active kinds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.models import OutputKind, Team, TeamOutput
from wirausaha_app.core.models.enums import OutputStatus, values
from wirausaha_app.core.services.mentoring_common import FieldError
from wirausaha_app.core.services.records.base import log_change


@dataclass(frozen=True)
class Progress:
    done: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.done / self.total if self.total else 0.0


@dataclass(frozen=True)
class TeamProgress:
    team_id: int
    team_name: str
    done: int
    total: int


def set_output(
    db: Database,
    team_id: int,
    kind_code: str,
    status: str,
    status_date: date | None = None,
    note: str | None = None,
) -> int:
    """Create or update the team's output of this kind; returns its id."""
    if status not in values(OutputStatus):
        raise FieldError("status", msg(QT_TRANSLATE_NOOP("Outputs", "Choose a status.")))
    if status == OutputStatus.DONE and status_date is None:
        raise FieldError(
            "status_date",
            msg(QT_TRANSLATE_NOOP("Outputs", "Give the date the output was achieved.")),
        )
    with db.transaction() as session:
        if session.get(Team, team_id) is None:
            raise FieldError("team_id", msg(QT_TRANSLATE_NOOP("Outputs", "Choose a team.")))
        kind = session.get(OutputKind, kind_code)
        if kind is None:
            raise FieldError(
                "kind_code",
                msg(QT_TRANSLATE_NOOP("Outputs", "Unknown output kind '{code}'."), code=kind_code),
            )
        row = session.scalars(
            select(TeamOutput).where(
                TeamOutput.team_id == team_id, TeamOutput.kind_code == kind_code
            )
        ).first()
        if row is None:
            row = TeamOutput(team_id=team_id, kind_code=kind_code)
            session.add(row)
        row.status = str(status)
        row.status_date = status_date
        row.note = (note or "").strip() or None
        session.flush()
        log_change(session, "team_outputs", row.id, "save", ("kind_code", "status", "status_date"))
        return row.id


def delete_output(db: Database, output_id: int) -> None:
    with db.transaction() as session:
        row = session.get(TeamOutput, output_id)
        if row is not None:
            session.delete(row)
            log_change(session, "team_outputs", output_id, "delete", ())


def _active_kind_count(session: Session) -> int:
    return int(
        session.execute(
            select(func.count()).select_from(OutputKind).where(OutputKind.active)
        ).scalar_one()
    )


def team_progress(session: Session, team_id: int) -> Progress:
    done = session.execute(
        select(func.count())
        .select_from(TeamOutput)
        .join(OutputKind, OutputKind.code == TeamOutput.kind_code)
        .where(
            TeamOutput.team_id == team_id,
            TeamOutput.status == OutputStatus.DONE.value,
            OutputKind.active,
        )
    ).scalar_one()
    return Progress(int(done), _active_kind_count(session))


def cohort_progress(session: Session, cohort_id: int) -> tuple[Progress, list[TeamProgress]]:
    """The cohort's done / total and each team's, by team name."""
    kinds = _active_kind_count(session)
    done = func.count(OutputKind.code)
    rows = session.execute(
        select(Team.id, Team.name, done)
        .outerjoin(
            TeamOutput,
            and_(TeamOutput.team_id == Team.id, TeamOutput.status == OutputStatus.DONE.value),
        )
        .outerjoin(OutputKind, and_(OutputKind.code == TeamOutput.kind_code, OutputKind.active))
        .where(Team.cohort_id == cohort_id)
        .group_by(Team.id, Team.name)
        .order_by(Team.name, Team.id)
    ).all()
    teams = [TeamProgress(int(i), str(n), int(d), kinds) for i, n, d in rows]
    return Progress(sum(t.done for t in teams), kinds * len(teams)), teams


def team_outputs(session: Session, team_id: int) -> list[tuple[OutputKind, TeamOutput | None]]:
    """Every active kind with the team's row for it (None when not started)."""
    kinds = session.scalars(
        select(OutputKind).where(OutputKind.active).order_by(OutputKind.sort_order, OutputKind.code)
    ).all()
    rows = {
        r.kind_code: r
        for r in session.scalars(select(TeamOutput).where(TeamOutput.team_id == team_id))
    }
    return [(k, rows.get(k.code)) for k in kinds]
