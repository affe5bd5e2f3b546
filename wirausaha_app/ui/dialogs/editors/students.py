"""The student dialog (forms/students_dialog.ui)."""

from __future__ import annotations

from wirausaha_app.core.models.enums import Gender, StudentStatus
from wirausaha_app.core.services.records import lookups
from wirausaha_app.core.services.records.students import StudentService
from wirausaha_app.ui.dialogs.editors.base import RecordEditor
from wirausaha_app.ui.generated.ui_students_dialog import Ui_StudentsDialog


class StudentEditor(RecordEditor):
    kind = "students"
    form_class = Ui_StudentsDialog
    fields = StudentService.columns  # the form holds every value the service keeps

    def title(self, editing: bool) -> str:
        return self.tr("Edit student") if editing else self.tr("New student")

    def prepare(self) -> None:
        self.ui.university_id.set_choices(lookups.universities(self.db))
        self.ui.cohort_id.set_choices(lookups.cohorts(self.db), empty_text="")
        self.enum_choices(
            self.ui.gender,
            [
                ("", None),
                (self.tr("Male"), Gender.MALE.value),
                (self.tr("Female"), Gender.FEMALE.value),
            ],
        )
        self.enum_choices(
            self.ui.status,
            [
                (self.tr("Registered"), StudentStatus.REGISTERED.value),
                (self.tr("Active"), StudentStatus.ACTIVE.value),
                (self.tr("Completed"), StudentStatus.COMPLETED.value),
                (self.tr("Withdrawn"), StudentStatus.WITHDRAWN.value),
            ],
        )


Editor = StudentEditor
