"""The Logbook page: mentoring sessions (lazy list; new session = form with
per-student attendance), "Assign mentor…", and "Recaps…" (hours per team / mentor /
student, students never mentored, teams without a session in N weeks)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.formatting import format_date_id, format_number
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.core.services import mentoring
from wirausaha_app.core.services.records import lookups
from wirausaha_app.ui.generated.ui_logbook_recap_dialog import Ui_LogbookRecapDialog
from wirausaha_app.ui.pages import PageInfo
from wirausaha_app.ui.pages.list_page import ListPage

if TYPE_CHECKING:
    from wirausaha_app.ui.main_window import MainWindow

PAGE_INFO = PageInfo("logbook", 90, QT_TRANSLATE_NOOP("Pages", "Logbook"), "sessions.svg")


def _fill(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if c > 0 and text[:1].isdigit():
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)


class LogbookRecapDialog(QDialog):
    """Recaps of the logbook for one cohort (or all), recomputed on every change."""

    def __init__(self, parent: QWidget | None, db: Database) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_LogbookRecapDialog()
        self.ui.setupUi(self)
        self.ui.cohort.addItem(self.tr("All cohorts"), None)
        for choice in lookups.cohorts(db):
            self.ui.cohort.addItem(choice.label, choice.id)
        if self.ui.cohort.count() > 1:
            self.ui.cohort.setCurrentIndex(1)  # the latest cohort: team names repeat across
        self.ui.asOf.setValue(date.today())
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.cohort.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.weeks.valueChanged.connect(lambda _v: self.refresh())
        self.ui.asOf.dateChanged.connect(lambda _d: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        cohort = self.ui.cohort.currentData()
        as_of = self.ui.asOf.value() or date.today()
        sessions, hours = self.tr("Sessions"), self.tr("Hours")
        with self.db.session() as s:
            per_team = mentoring.hours_per_team(s, cohort)
            per_mentor = mentoring.hours_per_mentor(s, cohort)
            per_student = mentoring.hours_per_student(s, cohort)
            never = mentoring.students_never_mentored(s, cohort)
            idle = mentoring.teams_without_session(s, self.ui.weeks.value(), as_of, cohort)
        for table, name, rows in (
            (self.ui.teamsTable, self.tr("Team"), per_team),
            (self.ui.mentorsTable, self.tr("Mentor"), per_mentor),
            (self.ui.studentsTable, self.tr("Student (present)"), per_student),
        ):
            _fill(
                table,
                [name, sessions, hours],
                [
                    (r.name, format_number(r.sessions), format_number(r.hours, decimals=1))
                    for r in rows
                ],
            )
        _fill(self.ui.neverTable, [self.tr("Student")], [(name,) for _id, name in never])
        _fill(
            self.ui.idleTable,
            [self.tr("Team"), self.tr("Last session")],
            [
                (t.name, format_date_id(t.last_session) if t.last_session else self.tr("never"))
                for t in idle
            ],
        )
        self.ui.tabs.setTabText(4, self.tr("Teams without a session (%n)", "", len(idle)))
        self.ui.tabs.setTabText(3, self.tr("Never mentored (%n)", "", len(never)))


class LogbookPage(ListPage):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "mentoring_sessions")
        self.recapButton = QPushButton(self.tr("&Recaps…"), self)
        self.recapButton.setObjectName("recapButton")
        self.assignButton = QPushButton(self.tr("Assign &mentor…"), self)
        self.assignButton.setObjectName("assignMentorButton")
        self.assignButton.setToolTip(self.tr("Give a team its mentor (the previous one is ended)"))
        at = max(self.ui.headerLayout.indexOf(self.ui.newButton), 0)
        self.ui.headerLayout.insertWidget(at, self.assignButton)
        self.ui.headerLayout.insertWidget(at, self.recapButton)
        self.ui.newButton.setText(self.tr("&Log session…"))
        self.recapButton.clicked.connect(self.show_recaps)
        self.assignButton.clicked.connect(self.assign_mentor)

    def show_recaps(self) -> None:
        LogbookRecapDialog(self, self.window_.db).exec()

    def assign_mentor(self) -> None:
        if self._records().edit_record(self, self.window_.db, "mentor_assignments", None):
            self.window_.refresh_counts()


def create_page(window: MainWindow) -> LogbookPage:
    return LogbookPage(window)
