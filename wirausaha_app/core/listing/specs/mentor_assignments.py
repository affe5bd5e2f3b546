"""Mentor assignments (current and past) per team."""

from __future__ import annotations

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.core.listing.spec import Column, DetailField, Filter, Kind, ListSpec, Search
from wirausaha_app.core.listing.specs._labels import COHORTS_SQL, MENTOR_KINDS, YES_NO

_CURRENT = "(ma.end_date IS NULL OR ma.end_date >= :today)"

SPEC = ListSpec(
    key="mentor_assignments",
    title=QT_TRANSLATE_NOOP("Listing", "Mentor assignments"),
    from_sql=(
        "mentor_assignments AS ma JOIN teams AS t ON t.id = ma.team_id"
        " JOIN mentors AS m ON m.id = ma.mentor_id"
    ),
    id_expr="ma.id",
    columns=(
        Column("team", QT_TRANSLATE_NOOP("Listing", "Team"), "t.name", nullable=False, width=18),
        Column(
            "mentor", QT_TRANSLATE_NOOP("Listing", "Mentor"), "m.name", nullable=False, width=18
        ),
        Column(
            "kind",
            QT_TRANSLATE_NOOP("Listing", "Kind"),
            "m.kind",
            Kind.CHOICE,
            labels=MENTOR_KINDS,
            nullable=False,
            width=23,  # "Dosen pendamping (DPL)" whole, with room for the sort arrow
        ),
        Column(
            "start",
            QT_TRANSLATE_NOOP("Listing", "Start"),
            "ma.start_date",
            Kind.DATE,
            nullable=False,
        ),
        Column("end", QT_TRANSLATE_NOOP("Listing", "End"), "ma.end_date", Kind.DATE),
        Column(
            "current",
            QT_TRANSLATE_NOOP("Listing", "Current"),
            _CURRENT,
            Kind.BOOL,
            sortable=False,
        ),
    ),
    search=Search(substring_columns=("t.name", "m.name")),
    filters=(
        Filter(
            "cohort", QT_TRANSLATE_NOOP("Listing", "Cohort"), "t.cohort_id", options_sql=COHORTS_SQL
        ),
        Filter(
            "mentor",
            QT_TRANSLATE_NOOP("Listing", "Mentor"),
            "ma.mentor_id",
            options_sql="SELECT id, name FROM mentors ORDER BY name",
        ),
        Filter(
            "current",
            QT_TRANSLATE_NOOP("Listing", "Current"),
            labels=YES_NO,
            clauses={"yes": _CURRENT, "no": f"NOT {_CURRENT}"},
        ),
    ),
    details=(
        DetailField(QT_TRANSLATE_NOOP("Listing", "Team"), "t.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Mentor"), "m.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Kind"), "m.kind", Kind.CHOICE, MENTOR_KINDS),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Start"), "ma.start_date", Kind.DATE),
        DetailField(QT_TRANSLATE_NOOP("Listing", "End"), "ma.end_date", Kind.DATE),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Notes"), "ma.note"),
    ),
    default_sort="start",
)
