"""Mentor assignments: who looks after which team, when, within the mentor's capacity.

A team has at most one open assignment (``end_date`` NULL or in the future of the
new start). Assigning another mentor ends the old assignment the day before the new
one starts, so the history stays readable. A mentor's capacity counts the teams
whose assignment is still open on the new assignment's start date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.models import Mentor, MentorAssignment, Team
from wirausaha_app.core.services.mentoring_common import FieldError, delete_logged
from wirausaha_app.core.services.records.base import log_change

# The count lives with the mentor record (its capacity rule uses it too); it is
# re-exported here because assigning is where callers look for it.
from wirausaha_app.core.services.records.mentors import (
    active_team_count as active_team_count,
)
from wirausaha_app.core.services.records.mentors import not_ended_before


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    team_id: int
    mentor_id: int
    mentor_name: str
    start_date: date
    end_date: date | None
    note: str | None


def open_assignment(session: Session, team_id: int, on: date) -> MentorAssignment | None:
    return session.scalars(
        select(MentorAssignment)
        .where(
            MentorAssignment.team_id == team_id,
            not_ended_before(on),
        )
        .order_by(MentorAssignment.start_date.desc(), MentorAssignment.id.desc())
    ).first()


def assign_mentor(
    db: Database, team_id: int, mentor_id: int, start_date: date, note: str | None = None
) -> int:
    """Make ``mentor_id`` the team's mentor from ``start_date``; returns the assignment id.

    Refuses (``FieldError`` on ``mentor_id``) when the mentor is already at capacity.
    """
    with db.transaction() as session:
        team = session.get(Team, team_id)
        if team is None:
            raise FieldError(
                "team_id", msg(QT_TRANSLATE_NOOP("MentorAssignments", "Choose a team."))
            )
        mentor = session.get(Mentor, mentor_id)
        if mentor is None:
            raise FieldError(
                "mentor_id", msg(QT_TRANSLATE_NOOP("MentorAssignments", "Choose a mentor."))
            )
        current = open_assignment(session, team_id, start_date)
        if current is not None and current.mentor_id == mentor_id:
            return current.id
        active = active_team_count(session, mentor_id, start_date, exclude_team=team_id)
        if active >= mentor.capacity:
            raise FieldError(
                "mentor_id",
                msg(
                    QT_TRANSLATE_NOOP(
                        "MentorAssignments",
                        "{mentor} already looks after {active} teams and the capacity is {capacity}: raise the capacity or choose another mentor.",  # noqa: E501
                    ),
                    mentor=mentor.name,
                    active=active,
                    capacity=mentor.capacity,
                ),
            )
        if current is not None:
            if current.start_date > start_date:
                raise FieldError(
                    "start_date",
                    msg(
                        QT_TRANSLATE_NOOP(
                            "MentorAssignments",
                            "The team's current mentor starts on {day}; a new mentor must start after that.",  # noqa: E501
                        ),
                        day=current.start_date.isoformat(),
                    ),
                )
            # The old mentor's last day is the day before; same-day changes keep one day.
            current.end_date = max(current.start_date, start_date - timedelta(days=1))
        assignment = MentorAssignment(
            team_id=team_id, mentor_id=mentor_id, start_date=start_date, note=note or None
        )
        session.add(assignment)
        session.flush()
        log_change(
            session,
            "mentor_assignments",
            assignment.id,
            "create",
            ("team_id", "mentor_id", "start_date"),
        )
        if current is not None:
            log_change(session, "mentor_assignments", current.id, "update", ("end_date",))
        return assignment.id


def end_assignment(db: Database, assignment_id: int, end_date: date) -> None:
    with db.transaction() as session:
        assignment = session.get(MentorAssignment, assignment_id)
        if assignment is None:
            raise UserError(
                msg(QT_TRANSLATE_NOOP("MentorAssignments", "The assignment no longer exists."))
            )
        if end_date < assignment.start_date:
            raise FieldError(
                "end_date",
                msg(
                    QT_TRANSLATE_NOOP(
                        "MentorAssignments", "The end date cannot be before the start date."
                    )
                ),
            )
        assignment.end_date = end_date
        log_change(session, "mentor_assignments", assignment_id, "update", ("end_date",))


def delete_assignment(db: Database, assignment_id: int) -> None:
    delete_logged(db, MentorAssignment.id, "mentor_assignments", [assignment_id])


def delete_assignments(db: Database, ids: Sequence[int]) -> None:
    delete_logged(db, MentorAssignment.id, "mentor_assignments", ids)


def team_history(session: Session, team_id: int) -> list[AssignmentRow]:
    """Every assignment of the team, oldest first."""
    rows = session.execute(
        select(MentorAssignment, Mentor.name)
        .join(Mentor, Mentor.id == MentorAssignment.mentor_id)
        .where(MentorAssignment.team_id == team_id)
        .order_by(MentorAssignment.start_date, MentorAssignment.id)
    ).all()
    return [
        AssignmentRow(a.id, a.team_id, a.mentor_id, name, a.start_date, a.end_date, a.note)
        for a, name in rows
    ]


def current_mentor_id(session: Session, team_id: int, on: date) -> int | None:
    row = session.scalars(
        select(MentorAssignment)
        .where(
            MentorAssignment.team_id == team_id,
            MentorAssignment.start_date <= on,
            not_ended_before(on),
        )
        .order_by(MentorAssignment.start_date.desc())
    ).first()
    return row.mentor_id if row else None
