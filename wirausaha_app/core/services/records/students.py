"""Students: personal data (UU 27/2022) — NIK optional, deletion on request is total."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete as sa_delete
from sqlalchemy import select
from sqlalchemy.orm import Session

from wirausaha_app.core.db import fts
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.models import (
    Cohort,
    SessionAttendance,
    Student,
    Team,
    TeamMember,
    University,
)
from wirausaha_app.core.models.enums import Gender, StudentStatus
from wirausaha_app.core.rules import validation as v
from wirausaha_app.core.services.records.base import (
    DeleteImpact,
    RecordService,
    Values,
    check_exists,
    count,
    duplicate,
)


class StudentService(RecordService):
    kind = "students"
    model = Student
    columns = (
        "university_id",
        "cohort_id",
        "nim",
        "name",
        "study_program",
        "semester",
        "gender",
        "status",
        "phone",
        "email",
        "nik",
        "notes",
    )

    def defaults(self) -> Values:
        return {"status": StudentStatus.REGISTERED.value}

    def validate(
        self, session: Session, values: Mapping[str, Any], record_id: int | None
    ) -> Values:
        e = v.ErrorCollector()
        out: Values = {
            "university_id": values.get("university_id"),
            "cohort_id": values.get("cohort_id") or None,
            "nim": e.check(v.nim, values.get("nim")),
            "name": e.check(v.name, values.get("name")),
            "study_program": e.check(
                v.text, values.get("study_program"), field="study_program", max_length=200
            ),
            "semester": e.check(
                v.integer, values.get("semester"), field="semester", minimum=1, maximum=14
            ),
            "gender": e.check(
                v.choice, values.get("gender"), Gender, field="gender", required=False
            ),
            "status": e.check(v.choice, values.get("status"), StudentStatus, field="status"),
            "phone": e.check(v.phone, values.get("phone")),
            "email": e.check(v.email, values.get("email")),
            "nik": e.check(v.nik, values.get("nik")),
            "notes": e.check(v.text, values.get("notes"), field="notes"),
        }
        check_exists(e, session, University, out["university_id"], "university_id")
        check_exists(e, session, Cohort, out["cohort_id"], "cohort_id", required=False)
        if (
            out["nim"]
            and out["university_id"]
            and not e.has("university_id")
            and duplicate(
                session,
                select(Student.id).where(
                    Student.university_id == out["university_id"], Student.nim == out["nim"]
                ),
                record_id,
                Student.id,
            )
        ):
            e.add(
                "nim",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "NIM {nim} is already used by another student of this university.",
                    ),
                    nim=out["nim"],
                ),
            )
        if record_id is not None:
            # A team belongs to one cohort: moving a member elsewhere would split it.
            team = session.execute(
                select(Team.name, Team.cohort_id)
                .join(TeamMember, TeamMember.team_id == Team.id)
                .where(TeamMember.student_id == record_id)
            ).first()
            if team is not None and team.cohort_id != out["cohort_id"]:
                e.add(
                    "cohort_id",
                    msg(
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "This student is in team “{team}” of another cohort; remove them from "
                            "the team first.",
                        ),
                        team=team.name,
                    ),
                )
        e.raise_if_any()
        return out

    def dependants(self, session: Session, ids: Sequence[int]) -> DeleteImpact:
        impact = DeleteImpact()
        rows = session.execute(
            select(Team.name, TeamMember.is_leader)
            .join(TeamMember, TeamMember.team_id == Team.id)
            .where(TeamMember.student_id.in_(ids))
            .order_by(Team.name)
        ).all()
        for team_name, is_leader in rows:
            if is_leader:
                impact.owned.append(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "Records", "leaves team “{team}”, which then needs a new leader"
                        ),
                        team=team_name,
                    )
                )
            else:
                impact.owned.append(
                    msg(QT_TRANSLATE_NOOP("Records", "leaves team “{team}”"), team=team_name)
                )
        impact.own(
            count(
                session,
                select(SessionAttendance.session_id).where(SessionAttendance.student_id.in_(ids)),
            ),
            QT_TRANSLATE_NOOP(
                "Records", "{count} attendance record(s) of mentoring sessions are deleted"
            ),
        )
        return impact

    def before_delete(self, session: Session, ids: Sequence[int]) -> None:
        # Memberships and attendance are the student's own: they go with them.
        session.execute(sa_delete(TeamMember).where(TeamMember.student_id.in_(ids)))
        session.execute(sa_delete(SessionAttendance).where(SessionAttendance.student_id.in_(ids)))
        conn = session.connection()
        if fts.available(conn):
            # Freed pages are zeroed, so the deleted person's NIK and phone leave the file.
            conn.exec_driver_sql("PRAGMA secure_delete = ON")

    def after_delete(self, db: Database, ids: Sequence[int]) -> None:
        if not db.is_sqlite:
            return
        raw = db.engine.raw_connection()
        try:
            sqlite = raw.driver_connection  # autocommit: isolation_level is None
            assert sqlite is not None
            sqlite.execute("PRAGMA secure_delete = ON")
            # FTS5 keeps deleted terms in old segments until they are merged; 'optimize'
            # rewrites the index without them. Then the WAL is emptied into the main file.
            name = fts.STUDENTS_FTS.name
            sqlite.execute(f"INSERT INTO {name}({name}) VALUES ('optimize')")
            sqlite.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()


SERVICE = StudentService()
create = SERVICE.create
update = SERVICE.update
get = SERVICE.get
delete = SERVICE.delete
delete_impact = SERVICE.delete_impact
impact = SERVICE.impact
