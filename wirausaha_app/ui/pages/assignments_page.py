"""The Mentor assignments page: the lazy list of the ``mentor_assignments`` spec.

Filters mentor, cohort and "Active only" (the spec's "current" filter, driven by a
check box). "Assign mentor…" (Ctrl+N) opens the assignment dialog of
``ui.dialogs.editors.mentor_assignments`` (capacity checked by
``core.services.assignments``; the team's previous assignment is ended, so the
history stays). "End assignment…" opens the same dialog on the selected
assignment with today's date as its end. The detail pane adds the mentor's load
against capacity and the team's mentor history.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QMessageBox, QPushButton

from wirausaha_app.core.formatting import format_date_id
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError
from wirausaha_app.core.models import Mentor, MentorAssignment
from wirausaha_app.core.services import assignments
from wirausaha_app.ui.pages import PageInfo
from wirausaha_app.ui.pages.list_page import ListPage

if TYPE_CHECKING:
    from wirausaha_app.ui.main_window import MainWindow

PAGE_INFO = PageInfo(
    "assignments", 65, QT_TRANSLATE_NOOP("Pages", "Mentor assignments"), "mentors.svg"
)

OVER_STYLE = "color: #b71c1c; font-weight: 600;"


class AssignmentsPage(ListPage):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "mentor_assignments")
        self.activeOnly = QCheckBox(self.tr("&Active only"), self)
        self.activeOnly.setObjectName("activeOnly")
        self.activeOnly.setToolTip(self.tr("Only assignments that have not ended"))
        current = self._filters.get("current")
        if current is not None:
            # The check box is the friendlier face of the spec's yes/no filter.
            current.hide()
            self.activeOnly.toggled.connect(
                lambda on: current.setCurrentIndex(max(current.findData("yes"), 0) if on else 0)
            )
        self.ui.filterArea.addWidget(self.activeOnly)
        self.ui.newButton.setText(self.tr("Assign &mentor…"))
        self.ui.newButton.setToolTip(
            self.tr("Give a team its mentor; the previous one is ended (Ctrl+N)")
        )
        self.endButton = QPushButton(self.tr("&End assignment…"), self)
        self.endButton.setObjectName("endButton")
        self.endButton.setToolTip(self.tr("Set the end date of the selected assignment"))
        at = max(self.ui.headerLayout.indexOf(self.ui.editButton), 0)
        self.ui.headerLayout.insertWidget(at, self.endButton)
        self.endButton.clicked.connect(self.end_current)
        self._update_buttons()

    # -- buttons ------------------------------------------------------------------
    def _update_buttons(self) -> None:
        super()._update_buttons()
        end_button: QPushButton | None = getattr(self, "endButton", None)
        if end_button is not None:  # the base class calls this before the button exists
            record_id = self.selected_ids()
            end_button.setEnabled(len(record_id) == 1 and self._is_open(record_id[0]))

    def _is_open(self, assignment_id: int) -> bool:
        with self.window_.db.session() as session:
            row = session.get(MentorAssignment, assignment_id)
            return row is not None and (row.end_date is None or row.end_date >= date.today())

    def end_dialog(self, assignment_id: int) -> QDialog | None:
        """The assignment dialog on ``assignment_id`` with today's date as its end."""
        try:
            dialog = self._records().open_editor(
                self, self.window_.db, "mentor_assignments", assignment_id
            )
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cannot end"), str(error))
            return None
        dialog.setWindowTitle(self.tr("End mentor assignment"))
        if dialog.ui.end_date.value() is None:
            dialog.ui.end_date.setValue(max(date.today(), dialog.ui.start_date.value()))
        dialog.ui.end_date.setFocus(Qt.FocusReason.OtherFocusReason)
        result: QDialog = dialog
        return result

    def end_current(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        dialog = self.end_dialog(ids[0])
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(ids[0])

    # -- details ------------------------------------------------------------------
    def _show_details(self, record_id: int | None, selected: int = 0) -> None:
        super()._show_details(record_id, selected)
        if record_id is None:
            return
        today = date.today()
        with self.window_.db.session() as session:
            row = session.get(MentorAssignment, record_id)
            if row is None:
                return
            mentor = session.get(Mentor, row.mentor_id)
            capacity = mentor.capacity if mentor is not None else 0
            active = assignments.active_team_count(session, row.mentor_id, today)
            history = assignments.team_history(session, row.team_id)
        form = self.ui.detailForm
        load = QLabel(
            self.tr("{active} of {capacity} teams").format(active=active, capacity=capacity)
        )
        load.setObjectName("mentorLoad")
        if active > capacity:
            load.setText(load.text() + " — " + self.tr("over capacity"))
            load.setStyleSheet(OVER_STYLE)
        elif active >= capacity:
            load.setText(load.text() + " — " + self.tr("full"))
        form.addRow(QLabel("<b>" + self.tr("Mentor's load") + "</b>"), load)
        # Name and period on separate lines: the detail pane is narrow.
        lines = [
            "{mentor}\n    {start} – {end}".format(
                mentor=h.mentor_name,
                start=format_date_id(h.start_date, short=True),
                end=format_date_id(h.end_date, short=True) if h.end_date else self.tr("now"),
            )
            for h in history
        ]
        shown = QLabel("\n".join(lines) or "—")
        shown.setObjectName("teamHistory")
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(QLabel("<b>" + self.tr("Mentor history") + "</b>"), shown)

    def detail_text(self, name: str) -> str:
        """The text of a detail-pane label added here (``mentorLoad``, ``teamHistory``)."""
        label = self.findChild(QLabel, name)
        return label.text() if label is not None else ""


def create_page(window: MainWindow) -> AssignmentsPage:
    return AssignmentsPage(window)
