"""The mentoring logbook list: one row per session, with attendance counts."""

from __future__ import annotations

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.core.listing.spec import Column, DetailField, Filter, Kind, ListSpec, Search
from wirausaha_app.core.listing.specs._labels import COHORTS_SQL

METHODS = {
    "offline": QT_TRANSLATE_NOOP("Listing", "Offline"),
    "online": QT_TRANSLATE_NOOP("Listing", "Online"),
}
_PRESENT = (
    "(SELECT count(*) FROM session_attendance AS a WHERE a.session_id = ms.id"
    " AND a.status = 'present')"
)
_MEMBERS = "(SELECT count(*) FROM team_members AS tm WHERE tm.team_id = ms.team_id)"

SPEC = ListSpec(
    key="mentoring_sessions",
    title=QT_TRANSLATE_NOOP("Listing", "Mentoring sessions"),
    from_sql=(
        "mentoring_sessions AS ms JOIN teams AS t ON t.id = ms.team_id"
        " JOIN mentors AS m ON m.id = ms.mentor_id"
    ),
    id_expr="ms.id",
    columns=(
        Column(
            "date",
            QT_TRANSLATE_NOOP("Listing", "Date"),
            "ms.session_date",
            Kind.DATE,
            nullable=False,
        ),
        Column("team", QT_TRANSLATE_NOOP("Listing", "Team"), "t.name", nullable=False, width=18),
        Column(
            "mentor", QT_TRANSLATE_NOOP("Listing", "Mentor"), "m.name", nullable=False, width=18
        ),
        Column(
            "topic", QT_TRANSLATE_NOOP("Listing", "Topic"), "ms.topic", nullable=False, width=28
        ),
        Column(
            "method",
            QT_TRANSLATE_NOOP("Listing", "Method"),
            "ms.method",
            Kind.CHOICE,
            labels=METHODS,
            nullable=False,
            width=8,
        ),
        Column(
            "minutes",
            QT_TRANSLATE_NOOP("Listing", "Minutes"),
            "ms.duration_minutes",
            Kind.INT,
            nullable=False,
            width=6,
        ),
        Column(
            "present",
            QT_TRANSLATE_NOOP("Listing", "Present"),
            _PRESENT,
            Kind.INT,
            sortable=False,
            width=6,
        ),
        Column(
            "members",
            QT_TRANSLATE_NOOP("Listing", "Members"),
            _MEMBERS,
            Kind.INT,
            sortable=False,
            width=6,
        ),
    ),
    search=Search(substring_columns=("t.name", "m.name", "ms.topic")),
    filters=(
        Filter(
            "cohort", QT_TRANSLATE_NOOP("Listing", "Cohort"), "t.cohort_id", options_sql=COHORTS_SQL
        ),
        Filter(
            "mentor",
            QT_TRANSLATE_NOOP("Listing", "Mentor"),
            "ms.mentor_id",
            options_sql="SELECT id, name FROM mentors ORDER BY name",
        ),
        Filter("method", QT_TRANSLATE_NOOP("Listing", "Method"), "ms.method", labels=METHODS),
    ),
    details=(
        DetailField(QT_TRANSLATE_NOOP("Listing", "Date"), "ms.session_date", Kind.DATE),
        # A time is text on SQLite and a time on PostgreSQL: text on both, then HH:MM.
        DetailField(
            QT_TRANSLATE_NOOP("Listing", "Start time"), "substr(CAST(ms.start_time AS TEXT), 1, 5)"
        ),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Minutes"), "ms.duration_minutes", Kind.INT),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Team"), "t.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Mentor"), "m.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Method"), "ms.method", Kind.CHOICE, METHODS),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Place or link"), "ms.place"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Topic"), "ms.topic"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Present"), _PRESENT, Kind.INT),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Notes"), "ms.notes"),
    ),
    default_sort="date",
    default_descending=True,  # the newest first: what the coordinator works on
)
