"""The university dialog (forms/universities_dialog.ui)."""

from __future__ import annotations

from wirausaha_app.core.models.enums import UniversityKind
from wirausaha_app.core.services.records.universities import UniversityService
from wirausaha_app.ui.dialogs.editors.base import RecordEditor
from wirausaha_app.ui.dialogs.editors.common import region_choices
from wirausaha_app.ui.generated.ui_universities_dialog import Ui_UniversitiesDialog


class UniversityEditor(RecordEditor):
    kind = "universities"
    form_class = Ui_UniversitiesDialog
    fields = UniversityService.columns  # the form holds every value the service keeps

    def title(self, editing: bool) -> str:
        return self.tr("Edit university") if editing else self.tr("New university")

    def prepare(self) -> None:
        self.enum_choices(
            self.ui.kind,
            [
                (self.tr("Origin (perguruan tinggi asal)"), UniversityKind.ORIGIN.value),
                (self.tr("Host (perguruan tinggi pelaksana)"), UniversityKind.HOST.value),
                (self.tr("Host and origin"), UniversityKind.BOTH.value),
            ],
        )
        self.ui.region_code.set_choices(region_choices(self.db), empty_text="")


Editor = UniversityEditor
