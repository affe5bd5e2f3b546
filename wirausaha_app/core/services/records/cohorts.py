"""Cohorts (angkatan): one semester of the program at a host university."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.models import Cohort, Student, Team, University
from wirausaha_app.core.models.enums import Semester
from wirausaha_app.core.rules import validation as v
from wirausaha_app.core.services.records.base import (
    DeleteImpact,
    RecordService,
    Values,
    check_exists,
    count,
    duplicate,
)

# Stages in the order they happen; each date may be missing.
STAGE_FIELDS = ("pre_immersion_start", "immersion_start", "post_immersion_start", "end_date")


class CohortService(RecordService):
    kind = "cohorts"
    model = Cohort
    columns = (
        "name",
        "host_university_id",
        "year",
        "semester",
        "pre_immersion_start",
        "immersion_start",
        "post_immersion_start",
        "end_date",
        "expo_date",
        "quota_total",
        "quota_internal_percent",
        "notes",
    )

    def defaults(self) -> Values:
        return {"year": date.today().year, "semester": Semester.GANJIL.value}

    def validate(
        self, session: Session, values: Mapping[str, Any], record_id: int | None
    ) -> Values:
        e = v.ErrorCollector()
        out: Values = {
            "name": e.check(v.name, values.get("name")),
            "host_university_id": values.get("host_university_id"),
            "year": e.check(
                v.integer,
                values.get("year"),
                field="year",
                minimum=2020,
                maximum=2100,
                required=True,
            ),
            "semester": e.check(v.choice, values.get("semester"), Semester, field="semester"),
            "quota_total": e.check(
                v.integer,
                values.get("quota_total"),
                field="quota_total",
                minimum=0,
                maximum=100_000,
            ),
            "quota_internal_percent": e.check(
                v.integer,
                values.get("quota_internal_percent"),
                field="quota_internal_percent",
                minimum=0,
                maximum=100,
            ),
            "notes": e.check(v.text, values.get("notes"), field="notes"),
        }
        for key in (*STAGE_FIELDS, "expo_date"):
            out[key] = e.check(v.date_value, values.get(key), field=key)
        # Each stage starts on or after the last earlier stage that has a date.
        previous: date | None = None
        for key in STAGE_FIELDS:
            if out[key] is not None and not e.has(key):
                e.check(v.date_not_before, out[key], previous, field=key)
                previous = out[key] if not e.has(key) else previous
        e.check(v.date_not_before, out["expo_date"], out["immersion_start"], field="expo_date")
        check_exists(e, session, University, out["host_university_id"], "host_university_id")
        if out["name"] and duplicate(
            session, select(Cohort.id).where(Cohort.name == out["name"]), record_id, Cohort.id
        ):
            e.add(
                "name",
                msg(
                    QT_TRANSLATE_NOOP("Validation", "A cohort named “{name}” already exists."),
                    name=out["name"],
                ),
            )
        e.raise_if_any()
        return out

    def dependants(self, session: Session, ids: Sequence[int]) -> DeleteImpact:
        impact = DeleteImpact()
        impact.block(
            count(session, select(Student.id).where(Student.cohort_id.in_(ids))),
            QT_TRANSLATE_NOOP("Records", "{count} student(s) are in this cohort"),
        )
        impact.block(
            count(session, select(Team.id).where(Team.cohort_id.in_(ids))),
            QT_TRANSLATE_NOOP("Records", "{count} team(s) are in this cohort"),
        )
        return impact


SERVICE = CohortService()
create = SERVICE.create
update = SERVICE.update
get = SERVICE.get
delete = SERVICE.delete
delete_impact = SERVICE.delete_impact
impact = SERVICE.impact
