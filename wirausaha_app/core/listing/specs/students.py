"""The students list (up to ~100,000 rows): NIM, name, university, cohort, status, team."""

from __future__ import annotations

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.core.listing.spec import Column, DetailField, Filter, Kind, ListSpec, Search
from wirausaha_app.core.listing.specs._labels import (
    COHORTS_SQL,
    GENDERS,
    STUDENT_STATUSES,
    UNIVERSITIES_SQL,
)

_TEAM = (
    "(SELECT t.name FROM team_members AS tm JOIN teams AS t ON t.id = tm.team_id "
    "WHERE tm.student_id = s.id)"
)

SPEC = ListSpec(
    key="students",
    title=QT_TRANSLATE_NOOP("Listing", "Students"),
    from_sql=(
        "students AS s JOIN universities AS un ON un.id = s.university_id "
        "LEFT JOIN cohorts AS c ON c.id = s.cohort_id"
    ),
    id_expr="s.id",
    columns=(
        Column("nim", QT_TRANSLATE_NOOP("Listing", "NIM"), "s.nim", nullable=False, width=14),
        Column("name", QT_TRANSLATE_NOOP("Listing", "Name"), "s.name", nullable=False, width=26),
        Column(
            "university",
            QT_TRANSLATE_NOOP("Listing", "University"),
            "coalesce(un.short_name, un.name)",
            sort_expr="s.university_id",
            nullable=False,
            width=14,
        ),
        Column(
            "cohort",
            QT_TRANSLATE_NOOP("Listing", "Cohort"),
            "c.name",
            sort_expr="s.cohort_id",
            width=18,
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("Listing", "Status"),
            "s.status",
            Kind.CHOICE,
            labels=STUDENT_STATUSES,
            nullable=False,
            width=17,  # "Mengundurkan diri" whole
        ),
        Column("team", QT_TRANSLATE_NOOP("Listing", "Team"), _TEAM, sortable=False, width=18),
        Column(
            "study_program",
            QT_TRANSLATE_NOOP("Listing", "Study programme"),
            "s.study_program",
            sortable=False,
            width=18,
        ),
    ),
    search=Search(fts="students_fts", prefix_columns=("s.name", "s.nim"), code_column="s.nim"),
    filters=(
        Filter(
            "cohort", QT_TRANSLATE_NOOP("Listing", "Cohort"), "s.cohort_id", options_sql=COHORTS_SQL
        ),
        Filter(
            "university",
            QT_TRANSLATE_NOOP("Listing", "University"),
            "s.university_id",
            options_sql=UNIVERSITIES_SQL,
        ),
        Filter(
            "status", QT_TRANSLATE_NOOP("Listing", "Status"), "s.status", labels=STUDENT_STATUSES
        ),
    ),
    details=(
        DetailField(QT_TRANSLATE_NOOP("Listing", "NIM"), "s.nim"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Name"), "s.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "University"), "un.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Study programme"), "s.study_program"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Semester"), "s.semester", Kind.INT),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Gender"), "s.gender", Kind.CHOICE, GENDERS),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Cohort"), "c.name"),
        DetailField(
            QT_TRANSLATE_NOOP("Listing", "Status"), "s.status", Kind.CHOICE, STUDENT_STATUSES
        ),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Team"), _TEAM),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Phone"), "s.phone"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "E-mail"), "s.email"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Notes"), "s.notes"),
    ),
    default_sort="name",
    base_from_sql="students AS s",
)
