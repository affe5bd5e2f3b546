"""Teams (kelompok usaha) with their members and one leader (ketua)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.models import (
    Cohort,
    MentorAssignment,
    MentoringSession,
    Pairing,
    Region,
    SeedFundEntry,
    Student,
    Team,
    TeamMember,
    TeamOutput,
)
from wirausaha_app.core.rules import validation as v
from wirausaha_app.core.services.records.base import (
    DeleteImpact,
    RecordService,
    Values,
    check_exists,
    count,
    duplicate,
)


class TeamService(RecordService):
    kind = "teams"
    model = Team
    columns = (
        "cohort_id",
        "name",
        "business_name",
        "sector",
        "kbli_code",
        "kbli_version",
        "region_code",
        "business_plan_approved",
        "bank_account",
        "notes",
    )
    extra_fields = ("members", "leader_id")

    def defaults(self) -> Values:
        return {"members": [], "leader_id": None}

    def to_values(self, session: Session, row: Any) -> Values:
        t: Team = row
        members = session.execute(
            select(TeamMember.student_id, TeamMember.is_leader)
            .join(Student, Student.id == TeamMember.student_id)
            .where(TeamMember.team_id == t.id)
            .order_by(TeamMember.is_leader.desc(), Student.name)
        ).all()
        return {
            **super().to_values(session, row),
            "members": [m.student_id for m in members],
            "leader_id": next((m.student_id for m in members if m.is_leader), None),
        }

    def validate(
        self, session: Session, values: Mapping[str, Any], record_id: int | None
    ) -> Values:
        e = v.ErrorCollector()
        kbli = e.check(v.kbli, values.get("kbli_code"), values.get("kbli_version")) or (None, None)
        out: Values = {
            "cohort_id": values.get("cohort_id"),
            "name": e.check(v.name, values.get("name")),
            "business_name": e.check(
                v.text, values.get("business_name"), field="business_name", max_length=200
            ),
            "sector": e.check(v.text, values.get("sector"), field="sector", max_length=100),
            "kbli_code": kbli[0],
            "kbli_version": kbli[1],
            "region_code": e.check(v.text, values.get("region_code"), field="region_code"),
            "business_plan_approved": e.check(
                v.date_value, values.get("business_plan_approved"), field="business_plan_approved"
            ),
            "bank_account": e.check(
                v.text, values.get("bank_account"), field="bank_account", max_length=100
            ),
            "notes": e.check(v.text, values.get("notes"), field="notes"),
        }
        check_exists(e, session, Cohort, out["cohort_id"], "cohort_id")
        check_exists(e, session, Region, out["region_code"], "region_code", required=False)
        if (
            out["name"]
            and out["cohort_id"]
            and duplicate(
                session,
                select(Team.id).where(Team.cohort_id == out["cohort_id"], Team.name == out["name"]),
                record_id,
                Team.id,
            )
        ):
            e.add(
                "name",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Validation", "This cohort already has a team named “{name}”."
                    ),
                    name=out["name"],
                ),
            )
        self._check_members(session, e, values, out["cohort_id"], record_id)
        e.raise_if_any()
        return out

    def _check_members(
        self,
        session: Session,
        e: v.ErrorCollector,
        values: Mapping[str, Any],
        cohort_id: Any,
        record_id: int | None,
    ) -> None:
        raw_members = values.get("members") or []
        try:
            member_ids = [int(m) for m in raw_members]
            leader = values.get("leader_id")
            leader_id = int(leader) if leader not in (None, "") else None
        except (TypeError, ValueError):
            e.add("members", msg(QT_TRANSLATE_NOOP("Validation", "Choose members from the list.")))
            return
        rows = session.execute(
            select(Student.id, Student.cohort_id, Student.name).where(Student.id.in_(member_ids))
        ).all()
        team_of: dict[int, int] = {
            student_id: team_id
            for student_id, team_id in session.execute(
                select(TeamMember.student_id, TeamMember.team_id).where(
                    TeamMember.student_id.in_(member_ids)
                )
            )
        }
        e.check(
            v.team_members,
            member_ids,
            leader_id,
            cohort_id=cohort_id,
            cohort_of={r.id: r.cohort_id for r in rows},
            team_of=team_of,
            team_id=record_id,
            names={r.id: r.name for r in rows},
        )

    def after_write(
        self, session: Session, row: Any, values: Mapping[str, Any], created: bool
    ) -> None:
        team: Team = row
        members = list(dict.fromkeys(int(m) for m in values.get("members") or []))
        leader_id = int(values["leader_id"])
        current = {(m.student_id, m.is_leader) for m in team.members}
        wanted = {(sid, sid == leader_id) for sid in members}
        if current == wanted:
            return
        # Remove first and flush: the one-leader index and the one-team-per-student
        # constraint must never see both the old and the new rows at once.
        team.members.clear()
        session.flush()
        for sid in members:
            team.members.append(TeamMember(student_id=sid, is_leader=sid == leader_id))
        session.flush()

    def dependants(self, session: Session, ids: Sequence[int]) -> DeleteImpact:
        impact = DeleteImpact()
        impact.block(
            count(session, select(Pairing.id).where(Pairing.team_id.in_(ids))),
            QT_TRANSLATE_NOOP("Records", "{count} UMKM pairing(s) involve this team"),
        )
        impact.own(
            count(session, select(TeamMember.student_id).where(TeamMember.team_id.in_(ids))),
            QT_TRANSLATE_NOOP("Records", "{count} member(s) leave the team (the students stay)"),
        )
        impact.own(
            count(session, select(SeedFundEntry.id).where(SeedFundEntry.team_id.in_(ids))),
            QT_TRANSLATE_NOOP("Records", "{count} seed-fund entry(ies) are deleted"),
        )
        impact.own(
            count(session, select(TeamOutput.id).where(TeamOutput.team_id.in_(ids))),
            QT_TRANSLATE_NOOP("Records", "{count} output record(s) are deleted"),
        )
        impact.own(
            count(session, select(MentorAssignment.id).where(MentorAssignment.team_id.in_(ids))),
            QT_TRANSLATE_NOOP("Records", "{count} mentor assignment(s) are deleted"),
        )
        impact.own(
            count(session, select(MentoringSession.id).where(MentoringSession.team_id.in_(ids))),
            QT_TRANSLATE_NOOP("Records", "{count} mentoring session(s) are deleted"),
        )
        return impact


SERVICE = TeamService()
create = SERVICE.create
update = SERVICE.update
get = SERVICE.get
delete = SERVICE.delete
delete_impact = SERVICE.delete_impact
impact = SERVICE.impact
