"""Every list column and detail field that shows a stored code shows it through a
label table covering every code of its enum (no raw "social_media" on screen),
and specs can ask for newest first."""

from __future__ import annotations

import re
from enum import StrEnum

import pytest

from wirausaha_app.core.listing import Kind, all_specs, get_spec
from wirausaha_app.core.models import enums

# The code columns of the schema and the enum each one holds.
CODE_COLUMNS: dict[str, type[StrEnum]] = {
    "un.kind": enums.UniversityKind,
    "c.semester": enums.Semester,
    "s.status": enums.StudentStatus,
    "s.gender": enums.Gender,
    "m.kind": enums.MentorKind,
    "ms.method": enums.SessionMethod,
    "p.status": enums.PairingStatus,
    "u.scale_class": enums.ScaleClass,
    "u.channels": enums.SalesChannel,
}
_BARE_CODE = re.compile(r"^[a-z]+\.(kind|semester|status|gender|method|scale_class|channels)$")


def shown_fields() -> list[tuple[str, str, Kind, object]]:
    found = []
    for spec in all_specs().values():
        for column in spec.columns:
            found.append((f"{spec.key}.{column.key}", column.expr, column.kind, column.labels))
        for detail in spec.details:
            found.append((f"{spec.key}.detail", detail.expr, detail.kind, detail.labels))
    return found


@pytest.mark.parametrize(("where", "expr", "kind", "labels"), shown_fields())
def test_code_columns_have_labels_for_every_code(
    where: str, expr: str, kind: Kind, labels: object
) -> None:
    if not _BARE_CODE.match(expr):
        return
    if expr == "s.semester":  # the student's semester number, not a code
        return
    assert kind in (Kind.CHOICE, Kind.CHOICES), f"{where} shows the raw code {expr}"
    assert isinstance(labels, dict)
    enum = CODE_COLUMNS[expr]
    missing = {code.value for code in enum} - set(labels)
    assert not missing, f"{where}: no label for {sorted(missing)}"


def test_channels_are_shown_as_a_list_of_labels() -> None:
    detail = next(d for d in get_spec("umkm").details if d.expr == "u.channels")
    assert detail.kind is Kind.CHOICES


def test_logbook_and_pairings_start_newest_first() -> None:
    sessions, pairings = get_spec("mentoring_sessions"), get_spec("pairings")
    assert sessions.default_query().descending and sessions.default_query().sort == "date"
    assert pairings.default_query().descending and pairings.default_query().sort == "start"
    umkm = get_spec("umkm").default_query()
    assert umkm.sort == "name" and not umkm.descending
