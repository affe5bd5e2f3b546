"""Universities: hosts (perguruan tinggi pelaksana) and origins of students."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.models import Cohort, Mentor, Region, Student, University
from wirausaha_app.core.models.enums import UniversityKind
from wirausaha_app.core.rules import validation as v
from wirausaha_app.core.services.records.base import (
    DeleteImpact,
    RecordService,
    Values,
    check_exists,
    count,
    duplicate,
)


class UniversityService(RecordService):
    kind = "universities"
    model = University
    columns = (
        "name",
        "short_name",
        "kind",
        "region_code",
        "address",
        "mou_number",
        "mou_valid_from",
        "mou_valid_until",
        "contact_name",
        "contact_phone",
        "contact_email",
    )

    def defaults(self) -> Values:
        return {"kind": UniversityKind.ORIGIN.value}

    def validate(
        self, session: Session, values: Mapping[str, Any], record_id: int | None
    ) -> Values:
        e = v.ErrorCollector()
        out: Values = {
            "name": e.check(v.name, values.get("name")),
            "short_name": e.check(
                v.text, values.get("short_name"), field="short_name", max_length=40
            ),
            "kind": e.check(v.choice, values.get("kind"), UniversityKind, field="kind"),
            "region_code": e.check(v.text, values.get("region_code"), field="region_code"),
            "address": e.check(v.text, values.get("address"), field="address", max_length=1000),
            "mou_number": e.check(
                v.text, values.get("mou_number"), field="mou_number", max_length=100
            ),
            "mou_valid_from": e.check(
                v.date_value, values.get("mou_valid_from"), field="mou_valid_from"
            ),
            "mou_valid_until": e.check(
                v.date_value, values.get("mou_valid_until"), field="mou_valid_until"
            ),
            "contact_name": e.check(
                v.text, values.get("contact_name"), field="contact_name", max_length=200
            ),
            "contact_phone": e.check(v.phone, values.get("contact_phone"), field="contact_phone"),
            "contact_email": e.check(v.email, values.get("contact_email"), field="contact_email"),
        }
        e.check(
            v.date_not_before,
            out["mou_valid_until"],
            out["mou_valid_from"],
            field="mou_valid_until",
        )
        if out["region_code"] is not None:
            check_exists(e, session, Region, out["region_code"], "region_code")
        if out["name"] and duplicate(
            session,
            select(University.id).where(University.name == out["name"]),
            record_id,
            University.id,
        ):
            e.add(
                "name",
                msg(
                    QT_TRANSLATE_NOOP("Validation", "A university named “{name}” already exists."),
                    name=out["name"],
                ),
            )
        e.raise_if_any()
        return out

    def dependants(self, session: Session, ids: Sequence[int]) -> DeleteImpact:
        impact = DeleteImpact()
        impact.block(
            count(session, select(Student.id).where(Student.university_id.in_(ids))),
            QT_TRANSLATE_NOOP("Records", "{count} student(s) belong to this university"),
        )
        impact.block(
            count(session, select(Cohort.id).where(Cohort.host_university_id.in_(ids))),
            QT_TRANSLATE_NOOP("Records", "{count} cohort(s) are hosted by this university"),
        )
        impact.block(
            count(session, select(Mentor.id).where(Mentor.university_id.in_(ids))),
            QT_TRANSLATE_NOOP("Records", "{count} mentor(s) work at this university"),
        )
        return impact


SERVICE = UniversityService()
create = SERVICE.create
update = SERVICE.update
get = SERVICE.get
delete = SERVICE.delete
delete_impact = SERVICE.delete_impact
impact = SERVICE.impact
