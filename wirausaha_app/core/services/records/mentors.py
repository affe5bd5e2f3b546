"""Mentors: DPL (dosen pendamping) and practitioners, each with a capacity of teams."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.core.models import Mentor, MentorAssignment, MentoringSession, University
from wirausaha_app.core.models.enums import MentorKind
from wirausaha_app.core.rules import validation as v
from wirausaha_app.core.services.records.base import (
    DeleteImpact,
    RecordService,
    Values,
    check_exists,
    count,
)

DEFAULT_CAPACITY = 5


def not_ended_before(on: date) -> ColumnElement[bool]:
    """Assignments with no end date or ending on ``on`` or later (start not checked)."""
    return or_(MentorAssignment.end_date.is_(None), MentorAssignment.end_date >= on)


def active_team_count(
    session: Session, mentor_id: int, on: date, exclude_team: int | None = None
) -> int:
    """Teams whose assignment to this mentor is open on ``on`` (or starts later).

    The one count of a mentor's load: assigning a team checks it against the
    capacity, and the capacity may not be lowered below it.
    """
    query = select(func.count(func.distinct(MentorAssignment.team_id))).where(
        MentorAssignment.mentor_id == mentor_id, not_ended_before(on)
    )
    if exclude_team is not None:
        query = query.where(MentorAssignment.team_id != exclude_team)
    return int(session.execute(query).scalar_one())


class MentorService(RecordService):
    kind = "mentors"
    model = Mentor
    columns = (
        "name",
        "kind",
        "university_id",
        "organisation",
        "expertise",
        "capacity",
        "phone",
        "email",
        "notes",
    )

    def defaults(self) -> Values:
        return {"kind": MentorKind.DPL.value, "capacity": DEFAULT_CAPACITY}

    def validate(
        self, session: Session, values: Mapping[str, Any], record_id: int | None
    ) -> Values:
        e = v.ErrorCollector()
        active = active_team_count(session, record_id, date.today()) if record_id is not None else 0
        out: Values = {
            "name": e.check(v.name, values.get("name")),
            "kind": e.check(v.choice, values.get("kind"), MentorKind, field="kind"),
            "university_id": values.get("university_id") or None,
            "organisation": e.check(
                v.text, values.get("organisation"), field="organisation", max_length=200
            ),
            "expertise": e.check(
                v.text, values.get("expertise"), field="expertise", max_length=300
            ),
            "capacity": e.check(
                v.mentor_capacity, values.get("capacity"), active_assignments=active
            ),
            "phone": e.check(v.phone, values.get("phone")),
            "email": e.check(v.email, values.get("email")),
            "notes": e.check(v.text, values.get("notes"), field="notes"),
        }
        check_exists(e, session, University, out["university_id"], "university_id", required=False)
        e.raise_if_any()
        return out

    def dependants(self, session: Session, ids: Sequence[int]) -> DeleteImpact:
        impact = DeleteImpact()
        impact.block(
            count(session, select(MentorAssignment.id).where(MentorAssignment.mentor_id.in_(ids))),
            QT_TRANSLATE_NOOP("Records", "{count} team assignment(s) name this mentor"),
        )
        impact.block(
            count(session, select(MentoringSession.id).where(MentoringSession.mentor_id.in_(ids))),
            QT_TRANSLATE_NOOP("Records", "{count} mentoring session(s) were led by this mentor"),
        )
        return impact


SERVICE = MentorService()
create = SERVICE.create
update = SERVICE.update
get = SERVICE.get
delete = SERVICE.delete
delete_impact = SERVICE.delete_impact
impact = SERVICE.impact
