"""The cohort dialog (forms/cohorts_dialog.ui)."""

from __future__ import annotations

from wirausaha_app.core.models.enums import Semester
from wirausaha_app.core.services.records import lookups
from wirausaha_app.ui.dialogs.editors.base import RecordEditor
from wirausaha_app.ui.generated.ui_cohorts_dialog import Ui_CohortsDialog


class CohortEditor(RecordEditor):
    kind = "cohorts"
    form_class = Ui_CohortsDialog
    fields = (
        "name",
        "host_university_id",
        "year",
        "semester",
        "quota_total",
        "quota_internal_percent",
        "pre_immersion_start",
        "immersion_start",
        "post_immersion_start",
        "end_date",
        "expo_date",
        "notes",
    )

    def title(self, editing: bool) -> str:
        return self.tr("Edit cohort") if editing else self.tr("New cohort")

    def prepare(self) -> None:
        self.enum_choices(
            self.ui.semester,
            [
                (self.tr("Odd (ganjil)"), Semester.GANJIL.value),
                (self.tr("Even (genap)"), Semester.GENAP.value),
            ],
        )
        self.ui.host_university_id.set_choices(lookups.universities(self.db))


Editor = CohortEditor
