"""The mentor dialog (forms/mentors_dialog.ui)."""

from __future__ import annotations

from wirausaha_app.core.models.enums import MentorKind
from wirausaha_app.core.services.records import lookups
from wirausaha_app.core.services.records.mentors import MentorService
from wirausaha_app.ui.dialogs.editors.base import RecordEditor
from wirausaha_app.ui.generated.ui_mentors_dialog import Ui_MentorsDialog


class MentorEditor(RecordEditor):
    kind = "mentors"
    form_class = Ui_MentorsDialog
    fields = MentorService.columns  # the form holds every value the service keeps

    def title(self, editing: bool) -> str:
        return self.tr("Edit mentor") if editing else self.tr("New mentor")

    def prepare(self) -> None:
        self.enum_choices(
            self.ui.kind,
            [
                (self.tr("Academic mentor (DPL)"), MentorKind.DPL.value),
                (self.tr("Practitioner"), MentorKind.PRACTITIONER.value),
            ],
        )
        self.ui.university_id.set_choices(lookups.universities(self.db), empty_text="")
        self.ui.capacity.setToolTip(
            self.tr("How many teams this mentor may look after at the same time")
        )


Editor = MentorEditor
