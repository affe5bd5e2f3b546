"""The mentors list: DPL and practitioners with capacity and current load."""

from __future__ import annotations

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.core.listing.spec import Column, DetailField, Filter, Kind, ListSpec, Search
from wirausaha_app.core.listing.specs._labels import MENTOR_KINDS, UNIVERSITIES_SQL

_ACTIVE_TEAMS = (
    "(SELECT count(*) FROM mentor_assignments AS ma WHERE ma.mentor_id = m.id "
    "AND ma.end_date IS NULL)"
)

SPEC = ListSpec(
    key="mentors",
    title=QT_TRANSLATE_NOOP("Listing", "Mentors"),
    from_sql="mentors AS m LEFT JOIN universities AS un ON un.id = m.university_id",
    id_expr="m.id",
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Listing", "Name"), "m.name", nullable=False, width=26),
        Column(
            "kind",
            QT_TRANSLATE_NOOP("Listing", "Kind"),
            "m.kind",
            Kind.CHOICE,
            labels=MENTOR_KINDS,
            nullable=False,
            width=14,
        ),
        Column(
            "affiliation",
            QT_TRANSLATE_NOOP("Listing", "Affiliation"),
            "coalesce(un.short_name, un.name, m.organisation)",
            width=18,
        ),
        Column("expertise", QT_TRANSLATE_NOOP("Listing", "Expertise"), "m.expertise", width=24),
        Column(
            "capacity",
            QT_TRANSLATE_NOOP("Listing", "Capacity"),
            "m.capacity",
            Kind.INT,
            nullable=False,
            width=7,
        ),
        Column(
            "active_teams",
            QT_TRANSLATE_NOOP("Listing", "Teams now"),
            _ACTIVE_TEAMS,
            Kind.INT,
            sortable=False,
            width=7,
        ),
    ),
    search=Search(substring_columns=("m.name", "m.expertise", "m.organisation", "un.name")),
    filters=(
        Filter("kind", QT_TRANSLATE_NOOP("Listing", "Kind"), "m.kind", labels=MENTOR_KINDS),
        Filter(
            "university",
            QT_TRANSLATE_NOOP("Listing", "University"),
            "m.university_id",
            options_sql=UNIVERSITIES_SQL,
        ),
    ),
    details=(
        DetailField(QT_TRANSLATE_NOOP("Listing", "Name"), "m.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Kind"), "m.kind", Kind.CHOICE, MENTOR_KINDS),
        DetailField(QT_TRANSLATE_NOOP("Listing", "University"), "un.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Organisation"), "m.organisation"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Expertise"), "m.expertise"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Capacity"), "m.capacity", Kind.INT),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Teams now"), _ACTIVE_TEAMS, Kind.INT),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Phone"), "m.phone"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "E-mail"), "m.email"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Notes"), "m.notes"),
    ),
    default_sort="name",
)
