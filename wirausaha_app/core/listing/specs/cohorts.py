"""The cohorts (angkatan) list: one row per semester run by a host university."""

from __future__ import annotations

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.core.listing.spec import Column, DetailField, Filter, Kind, ListSpec, Search
from wirausaha_app.core.listing.specs._labels import SEMESTERS

_STUDENTS = "(SELECT count(*) FROM students AS s WHERE s.cohort_id = c.id)"
_TEAMS = "(SELECT count(*) FROM teams AS t WHERE t.cohort_id = c.id)"

SPEC = ListSpec(
    key="cohorts",
    title=QT_TRANSLATE_NOOP("Listing", "Cohorts"),
    from_sql="cohorts AS c JOIN universities AS un ON un.id = c.host_university_id",
    id_expr="c.id",
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Listing", "Name"), "c.name", nullable=False, width=24),
        Column(
            "host",
            QT_TRANSLATE_NOOP("Listing", "Host university"),
            "coalesce(un.short_name, un.name)",
            nullable=False,
            width=16,
        ),
        Column("year", QT_TRANSLATE_NOOP("Listing", "Year"), "c.year", nullable=False, width=6),
        Column(
            "semester",
            QT_TRANSLATE_NOOP("Listing", "Semester"),
            "c.semester",
            Kind.CHOICE,
            labels=SEMESTERS,
            nullable=False,
            width=10,
        ),
        Column(
            "immersion_start",
            QT_TRANSLATE_NOOP("Listing", "Immersion starts"),
            "c.immersion_start",
            Kind.DATE,
            width=10,
        ),
        Column("end_date", QT_TRANSLATE_NOOP("Listing", "Ends"), "c.end_date", Kind.DATE, width=10),
        Column("quota", QT_TRANSLATE_NOOP("Listing", "Quota"), "c.quota_total", Kind.INT, width=6),
        Column(
            "students",
            QT_TRANSLATE_NOOP("Listing", "Students"),
            _STUDENTS,
            Kind.INT,
            sortable=False,
            width=8,
        ),
        Column(
            "teams",
            QT_TRANSLATE_NOOP("Listing", "Teams"),
            _TEAMS,
            Kind.INT,
            sortable=False,
            width=6,
        ),
    ),
    search=Search(substring_columns=("c.name", "un.name", "un.short_name")),
    filters=(
        Filter(
            "host",
            QT_TRANSLATE_NOOP("Listing", "Host university"),
            "c.host_university_id",
            options_sql=(
                "SELECT id, name FROM universities WHERE kind IN ('host', 'both') ORDER BY name"
            ),
        ),
        Filter(
            "year",
            QT_TRANSLATE_NOOP("Listing", "Year"),
            "c.year",
            options_sql="SELECT DISTINCT year, year FROM cohorts ORDER BY year DESC",
        ),
        Filter(
            "semester", QT_TRANSLATE_NOOP("Listing", "Semester"), "c.semester", labels=SEMESTERS
        ),
    ),
    details=(
        DetailField(QT_TRANSLATE_NOOP("Listing", "Name"), "c.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Host university"), "un.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Year"), "c.year"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Semester"), "c.semester", Kind.CHOICE, SEMESTERS),
        DetailField(
            QT_TRANSLATE_NOOP("Listing", "Pre-immersion starts"), "c.pre_immersion_start", Kind.DATE
        ),
        DetailField(
            QT_TRANSLATE_NOOP("Listing", "Immersion starts"), "c.immersion_start", Kind.DATE
        ),
        DetailField(
            QT_TRANSLATE_NOOP("Listing", "Post-immersion starts"),
            "c.post_immersion_start",
            Kind.DATE,
        ),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Ends"), "c.end_date", Kind.DATE),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Expo"), "c.expo_date", Kind.DATE),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Quota"), "c.quota_total", Kind.INT),
        DetailField(
            QT_TRANSLATE_NOOP("Listing", "Internal quota (%)"), "c.quota_internal_percent", Kind.INT
        ),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Students"), _STUDENTS, Kind.INT),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Teams"), _TEAMS, Kind.INT),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Notes"), "c.notes"),
    ),
    default_sort="name",
)
