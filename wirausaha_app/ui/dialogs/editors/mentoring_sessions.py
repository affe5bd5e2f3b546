"""The mentoring-session dialog (forms/mentoring_sessions_dialog.ui) with attendance.

The attendance table lists the chosen team's members, each with a status combo
(present / absent / excused); changing the team reloads it. Saving goes through
``core.services.logbook`` in one transaction (session + attendance rows).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, time
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem
from sqlalchemy import func, select

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.models import SessionAttendance, Student, TeamMember
from wirausaha_app.core.models.enums import AttendanceStatus, SessionMethod
from wirausaha_app.core.rules.errors import FieldError, ValidationError
from wirausaha_app.core.services import logbook
from wirausaha_app.core.services.assignments import current_mentor_id
from wirausaha_app.core.services.records import DeleteImpact, lookups
from wirausaha_app.ui.dialogs.editors.base import RecordEditor
from wirausaha_app.ui.dialogs.editors.pairings import team_choices
from wirausaha_app.ui.generated.ui_mentoring_sessions_dialog import Ui_MentoringSessionsDialog

FIELDS = (
    "team_id",
    "mentor_id",
    "session_date",
    "duration_minutes",
    "method",
    "place",
    "topic",
    "notes",
)


def team_members(db: Database, team_id: int) -> list[tuple[int, str]]:
    with db.session() as session:
        rows = session.execute(
            select(Student.id, Student.name)
            .join(TeamMember, TeamMember.student_id == Student.id)
            .where(TeamMember.team_id == team_id)
            .order_by(TeamMember.is_leader.desc(), Student.name)
        )
        return [(int(i), str(n)) for i, n in rows]


class SessionService:
    """Dict-in, dict-out adapter of ``core.services.logbook`` for :class:`RecordEditor`."""

    def defaults(self) -> dict[str, Any]:
        return {"session_date": date.today(), "duration_minutes": 60, "method": "offline"}

    def get(self, db: Database, record_id: int) -> dict[str, Any]:
        with db.session() as session:
            data = logbook.load_session(session, record_id)
        if data is None:
            raise UserError(msg(QT_TRANSLATE_NOOP("Logbook", "The session no longer exists.")))
        return dict(data.__dict__)

    def _input(self, values: Mapping[str, Any]) -> logbook.SessionInput:
        missing = [
            FieldError(f, msg(QT_TRANSLATE_NOOP("Validation", "This field is required.")))
            for f in ("team_id", "mentor_id", "session_date", "topic")
            if values.get(f) in (None, "")
        ]
        if missing:
            raise ValidationError(missing)
        return logbook.SessionInput(
            team_id=int(values["team_id"]),
            mentor_id=int(values["mentor_id"]),
            session_date=values["session_date"],
            duration_minutes=int(values.get("duration_minutes") or 0),
            topic=str(values["topic"]),
            method=str(values.get("method") or SessionMethod.OFFLINE.value),
            start_time=values.get("start_time"),
            place=values.get("place") or None,
            notes=values.get("notes") or None,
            attendance=dict(values.get("attendance") or {}),
        )

    def create(self, db: Database, values: Mapping[str, Any]) -> int:
        try:
            return logbook.log_session(db, self._input(values))
        except FieldError as error:
            raise ValidationError([error]) from error

    def update(self, db: Database, record_id: int, values: Mapping[str, Any]) -> None:
        try:
            logbook.update_session(db, record_id, self._input(values))
        except FieldError as error:
            raise ValidationError([error]) from error


class SessionEditor(RecordEditor):
    kind = "mentoring_sessions"
    form_class = Ui_MentoringSessionsDialog
    fields = FIELDS

    def make_service(self) -> Any:
        return SessionService()

    def title(self, editing: bool) -> str:
        return self.tr("Edit mentoring session") if editing else self.tr("Log a mentoring session")

    def prepare(self) -> None:
        self._statuses = [
            (self.tr("Present"), AttendanceStatus.PRESENT.value),
            (self.tr("Absent"), AttendanceStatus.ABSENT.value),
            (self.tr("Excused"), AttendanceStatus.EXCUSED.value),
        ]
        self._member_ids: list[int] = []
        self._loading = True
        self.ui.team_id.set_choices(team_choices(self.db))
        self.ui.mentor_id.set_choices(lookups.mentors(self.db))
        self.enum_choices(
            self.ui.method,
            [
                (self.tr("Offline (face to face)"), SessionMethod.OFFLINE.value),
                (self.tr("Online"), SessionMethod.ONLINE.value),
            ],
        )
        table = self.ui.attendance
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels([self.tr("Student"), self.tr("Attendance")])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._attendance_team: int | None = None
        # Typing a team's name changes the text, not always the index: watch both.
        self.ui.team_id.currentIndexChanged.connect(lambda _i: self._team_changed())
        self.ui.team_id.editTextChanged.connect(lambda _t: self._team_changed())
        self.ui.allPresentButton.clicked.connect(self.mark_all_present)

    def _team_changed(self) -> None:
        if self._loading:
            return
        team_id = self.ui.team_id.value()
        team = int(team_id) if team_id is not None else None
        if team == self._attendance_team:
            return
        self.fill_attendance(team, {})
        if team_id is not None and self.ui.mentor_id.value() is None:
            # The team's current mentor is the usual one: preselect it.
            day = self.ui.session_date.value() or date.today()
            with self.db.session() as session:
                mentor = current_mentor_id(session, int(team_id), day)
            if mentor is not None:
                self.ui.mentor_id.set_value(mentor)

    def fill_attendance(self, team_id: int | None, statuses: Mapping[int, str]) -> None:
        self._attendance_team = team_id
        members = team_members(self.db, team_id) if team_id is not None else []
        table = self.ui.attendance
        table.setRowCount(len(members))
        self._member_ids = [sid for sid, _name in members]
        for row, (student_id, name) in enumerate(members):
            item = QTableWidgetItem(name)
            table.setItem(row, 0, item)
            combo = QComboBox(table)
            combo.setObjectName(f"attendance_{student_id}")
            for label, code in self._statuses:
                combo.addItem(label, code)
            combo.setCurrentIndex(
                max(combo.findData(statuses.get(student_id, AttendanceStatus.PRESENT.value)), 0)
            )
            table.setCellWidget(row, 1, combo)

    def attendance_combo(self, student_id: int) -> QComboBox:
        row = self._member_ids.index(student_id)
        widget = self.ui.attendance.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def mark_all_present(self) -> None:
        for student_id in self._member_ids:
            combo = self.attendance_combo(student_id)
            combo.setCurrentIndex(combo.findData(AttendanceStatus.PRESENT.value))

    def load(self, values: Mapping[str, Any]) -> None:
        self._loading = True
        super().load(values)
        start: time | None = values.get("start_time")
        self.ui.start_time.setTime(QTime(start.hour, start.minute) if start else QTime(9, 0))
        team_id = values.get("team_id")
        self.fill_attendance(team_id, values.get("attendance") or {})
        self._loading = False

    def values(self) -> dict[str, Any]:
        out = super().values()
        chosen = self.ui.start_time.time()
        out["start_time"] = time(chosen.hour(), chosen.minute())
        out["attendance"] = {
            sid: self.attendance_combo(sid).currentData() for sid in self._member_ids
        }
        return out


Editor = SessionEditor


def impact(db: Database, ids: Sequence[int]) -> DeleteImpact:
    """A session takes its attendance rows with it."""
    with db.session() as session:
        rows = session.scalar(
            select(func.count())
            .select_from(SessionAttendance)
            .where(SessionAttendance.session_id.in_(list(ids)))
        )
    owned = []
    if rows:
        owned.append(
            msg(QT_TRANSLATE_NOOP("Logbook", "removes {count} attendance record(s)"), count=rows)
        )
    return DeleteImpact(owned=owned)


def delete(db: Database, ids: Sequence[int]) -> None:
    logbook.delete_sessions(db, ids)
