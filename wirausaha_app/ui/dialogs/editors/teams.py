"""The team dialog (forms/teams_dialog.ui): team details, members and leader.

Members are chosen from the students of the team's cohort who are in no other
team (a cohort has a few hundred students, so the list is loaded whole and
filtered as you type); the leader is picked among the chosen members.

An existing team's dialog also has "Outputs && funding…", which opens the team's
program outputs (luaran) and seed-funding ledger (``ui.dialogs.team_progress``);
those save on their own, independently of this form.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QListWidgetItem

from wirausaha_app.core.models.enums import KbliVersion
from wirausaha_app.core.services.records import lookups
from wirausaha_app.core.services.records.lookups import StudentChoice
from wirausaha_app.core.services.records.teams import TeamService
from wirausaha_app.ui.dialogs.editors.base import RecordEditor
from wirausaha_app.ui.dialogs.editors.common import region_choices
from wirausaha_app.ui.dialogs.team_progress import open_team_progress
from wirausaha_app.ui.generated.ui_teams_dialog import Ui_TeamsDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TeamEditor(RecordEditor):
    kind = "teams"
    form_class = Ui_TeamsDialog
    fields = TeamService.columns  # the form holds every value the service keeps

    def title(self, editing: bool) -> str:
        return self.tr("Edit team") if editing else self.tr("New team")

    def prepare(self) -> None:
        self._students: dict[int, StudentChoice] = {}
        self._loading = False
        self.ui.cohort_id.set_choices(lookups.cohorts(self.db))
        self.ui.region_code.set_choices(region_choices(self.db), empty_text="")
        self.enum_choices(
            self.ui.kbli_version, [("", None)] + [(v.value, v.value) for v in KbliVersion]
        )
        self.ui.cohort_id.valueChanged.connect(self._cohort_changed)
        self.ui.addMember.clicked.connect(self.add_selected)
        self.ui.removeMember.clicked.connect(self.remove_selected)
        self.ui.available.itemDoubleClicked.connect(lambda _i: self.add_selected())
        self.ui.members.itemDoubleClicked.connect(lambda _i: self.remove_selected())
        self.ui.memberFilter.textChanged.connect(self._filter_available)
        self.ui.addMember.setToolTip(self.tr("Add the selected students to the team"))
        self.ui.removeMember.setToolTip(self.tr("Take the selected members out of the team"))
        if self.record_id is not None:
            progress = self.ui.buttonBox.addButton(
                self.tr("Outputs && &funding…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            progress.setObjectName("progressButton")
            progress.setToolTip(
                self.tr("Program outputs (luaran) and the seed-funding ledger of this team")
            )
            progress.setAutoDefault(False)
            progress.clicked.connect(self.open_progress)

    def open_progress(self) -> None:
        if self.record_id is not None:
            open_team_progress(self, self.db, self.record_id)

    # -- members -----------------------------------------------------------------
    def _cohort_changed(self) -> None:
        if self._loading:
            return
        self.ui.members.clear()
        self._reload_students()

    def _reload_students(self) -> None:
        cohort = self.ui.cohort_id.value()
        students = lookups.students_of_cohort(self.db, int(cohort)) if cohort is not None else []
        self._students = {s.id: s for s in students}
        chosen = set(self.member_ids())
        self.ui.available.clear()
        for student in students:
            free = student.team_id is None or student.team_id == self.record_id
            if free and student.id not in chosen:
                self.ui.available.addItem(self._item(student))
        self._filter_available(self.ui.memberFilter.text())
        self._refresh_leaders()

    def _item(self, student: StudentChoice) -> QListWidgetItem:
        item = QListWidgetItem(f"{student.name} ({student.nim})")
        item.setData(ID_ROLE, student.id)
        return item

    def _filter_available(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.ui.available.count()):
            item = self.ui.available.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _move(self, source: QListWidget, target: QListWidget) -> None:
        for item in source.selectedItems():
            if item.isHidden():
                continue
            target.addItem(source.takeItem(source.row(item)))
        self._refresh_leaders()

    def add_selected(self) -> None:
        self._move(self.ui.available, self.ui.members)

    def remove_selected(self) -> None:
        self._move(self.ui.members, self.ui.available)
        self.ui.available.sortItems()

    def member_ids(self) -> list[int]:
        return [int(self.ui.members.item(r).data(ID_ROLE)) for r in range(self.ui.members.count())]

    def add_member(self, student_id: int) -> None:
        """Move one student into the team by id (keyboard users and tests)."""
        for row in range(self.ui.available.count()):
            item = self.ui.available.item(row)
            if item.data(ID_ROLE) == student_id:
                self.ui.members.addItem(self.ui.available.takeItem(row))
                break
        self._refresh_leaders()

    def _refresh_leaders(self) -> None:
        leader = self.ui.leader_id.currentData()
        self.ui.leader_id.clear()
        self.ui.leader_id.addItem("", None)
        for row in range(self.ui.members.count()):
            item = self.ui.members.item(row)
            self.ui.leader_id.addItem(item.text(), item.data(ID_ROLE))
        index = self.ui.leader_id.findData(leader) if leader is not None else -1
        if index < 0 and self.ui.members.count() == 1:
            index = 1  # a single member leads by default
        self.ui.leader_id.setCurrentIndex(max(index, 0))

    def set_leader(self, student_id: int) -> None:
        self.ui.leader_id.setCurrentIndex(max(self.ui.leader_id.findData(student_id), 0))

    # -- values ------------------------------------------------------------------
    def load(self, values: Mapping[str, Any]) -> None:
        self._loading = True
        try:
            super().load(values)
        finally:
            self._loading = False
        self.ui.members.clear()
        self._reload_students()
        for sid in values.get("members") or []:
            student = self._students.get(int(sid))
            if student is not None:
                self.ui.members.addItem(self._item(student))
        self._reload_students()
        if values.get("leader_id") is not None:
            self.set_leader(int(values["leader_id"]))

    def values(self) -> dict[str, Any]:
        out = super().values()
        out["members"] = self.member_ids()
        out["leader_id"] = self.ui.leader_id.currentData()
        return out


Editor = TeamEditor
