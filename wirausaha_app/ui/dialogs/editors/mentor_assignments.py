"""The mentor-assignment dialog (forms/mentor_assignments_dialog.ui).

A new assignment goes through ``core.services.assignments.assign_mentor`` (capacity
check; the team's previous assignment is ended). Editing an existing one only sets
its end date and note: team, mentor and start stay as history.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.models import MentorAssignment
from wirausaha_app.core.rules.errors import FieldError, ValidationError
from wirausaha_app.core.services import assignments as svc
from wirausaha_app.core.services.records import DeleteImpact, lookups
from wirausaha_app.ui.dialogs.editors.base import RecordEditor
from wirausaha_app.ui.dialogs.editors.pairings import team_choices
from wirausaha_app.ui.generated.ui_mentor_assignments_dialog import Ui_MentorAssignmentsDialog


class AssignmentService:
    def defaults(self) -> dict[str, Any]:
        return {"start_date": date.today()}

    def get(self, db: Database, record_id: int) -> dict[str, Any]:
        with db.session() as session:
            row = session.get(MentorAssignment, record_id)
            if row is None:
                raise UserError(
                    msg(QT_TRANSLATE_NOOP("MentorAssignments", "The assignment no longer exists."))
                )
            return {
                "team_id": row.team_id,
                "mentor_id": row.mentor_id,
                "start_date": row.start_date,
                "end_date": row.end_date,
                "note": row.note,
            }

    def create(self, db: Database, values: Mapping[str, Any]) -> int:
        missing = [
            FieldError(f, msg(QT_TRANSLATE_NOOP("Validation", "This field is required.")))
            for f in ("team_id", "mentor_id", "start_date")
            if values.get(f) in (None, "")
        ]
        if missing:
            raise ValidationError(missing)
        try:
            new_id = svc.assign_mentor(
                db,
                int(values["team_id"]),
                int(values["mentor_id"]),
                values["start_date"],
                values.get("note") or None,
            )
            if values.get("end_date") is not None:
                svc.end_assignment(db, new_id, values["end_date"])
        except FieldError as error:
            raise ValidationError([error]) from error
        return new_id

    def update(self, db: Database, record_id: int, values: Mapping[str, Any]) -> None:
        try:
            end = values.get("end_date")
            with db.transaction() as session:
                row = session.get(MentorAssignment, record_id)
                if row is None:
                    raise UserError(
                        msg(
                            QT_TRANSLATE_NOOP(
                                "MentorAssignments", "The assignment no longer exists."
                            )
                        )
                    )
                if end is not None and end < row.start_date:
                    raise FieldError(
                        "end_date",
                        msg(
                            QT_TRANSLATE_NOOP(
                                "MentorAssignments",
                                "The end date cannot be before the start date.",
                            )
                        ),
                    )
                row.end_date = end
                row.note = values.get("note") or None
        except FieldError as error:
            raise ValidationError([error]) from error


class AssignmentEditor(RecordEditor):
    kind = "mentor_assignments"
    form_class = Ui_MentorAssignmentsDialog
    fields = ("team_id", "mentor_id", "start_date", "end_date", "note")

    def make_service(self) -> Any:
        return AssignmentService()

    def title(self, editing: bool) -> str:
        return self.tr("Edit mentor assignment") if editing else self.tr("Assign a mentor")

    def prepare(self) -> None:
        self.ui.team_id.set_choices(team_choices(self.db))
        self.ui.mentor_id.set_choices(lookups.mentors(self.db))
        if self.record_id is not None:
            for name in ("team_id", "mentor_id", "start_date"):
                getattr(self.ui, name).setEnabled(False)


Editor = AssignmentEditor


def impact(db: Database, ids: Sequence[int]) -> DeleteImpact:
    return DeleteImpact()


def delete(db: Database, ids: Sequence[int]) -> None:
    svc.delete_assignments(db, ids)
