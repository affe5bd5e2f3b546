"""The teams (kelompok usaha) list with leader and member count."""

from __future__ import annotations

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.core.listing.spec import Column, DetailField, Filter, Kind, ListSpec, Search
from wirausaha_app.core.listing.specs._labels import COHORTS_SQL, JATIM_REGIONS_SQL

_LEADER = (
    "(SELECT st.name FROM team_members AS tm JOIN students AS st ON st.id = tm.student_id "
    "WHERE tm.team_id = t.id AND tm.is_leader)"
)
_MEMBERS = "(SELECT count(*) FROM team_members AS tm WHERE tm.team_id = t.id)"
_SEED_FUND = (
    "(SELECT sum(amount) FROM seed_fund_entries AS sf WHERE sf.team_id = t.id "
    "AND sf.kind = 'granted')"
)

SPEC = ListSpec(
    key="teams",
    title=QT_TRANSLATE_NOOP("Listing", "Teams"),
    from_sql=(
        "teams AS t JOIN cohorts AS c ON c.id = t.cohort_id "
        "LEFT JOIN regions AS r ON r.code = t.region_code"
    ),
    id_expr="t.id",
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Listing", "Team"), "t.name", nullable=False, width=20),
        Column(
            "business", QT_TRANSLATE_NOOP("Listing", "Business name"), "t.business_name", width=20
        ),
        Column(
            "cohort", QT_TRANSLATE_NOOP("Listing", "Cohort"), "c.name", nullable=False, width=18
        ),
        Column("sector", QT_TRANSLATE_NOOP("Listing", "Sector"), "t.sector", width=14),
        Column("leader", QT_TRANSLATE_NOOP("Listing", "Leader"), _LEADER, sortable=False, width=20),
        Column(
            "members",
            QT_TRANSLATE_NOOP("Listing", "Members"),
            _MEMBERS,
            Kind.INT,
            sortable=False,
            width=7,
        ),
        Column("region", QT_TRANSLATE_NOOP("Listing", "Region"), "r.name", width=16),
    ),
    search=Search(substring_columns=("t.name", "t.business_name", "t.sector")),
    filters=(
        Filter(
            "cohort", QT_TRANSLATE_NOOP("Listing", "Cohort"), "t.cohort_id", options_sql=COHORTS_SQL
        ),
        Filter(
            "sector",
            QT_TRANSLATE_NOOP("Listing", "Sector"),
            "t.sector",
            options_sql=(
                "SELECT DISTINCT sector, sector FROM teams WHERE sector IS NOT NULL ORDER BY sector"
            ),
        ),
        Filter(
            "region",
            QT_TRANSLATE_NOOP("Listing", "Region"),
            "t.region_code",
            options_sql=JATIM_REGIONS_SQL,
        ),
    ),
    details=(
        DetailField(QT_TRANSLATE_NOOP("Listing", "Team"), "t.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Business name"), "t.business_name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Cohort"), "c.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Sector"), "t.sector"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "KBLI"), "t.kbli_code"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Region"), "r.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Leader"), _LEADER),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Members"), _MEMBERS, Kind.INT),
        DetailField(
            QT_TRANSLATE_NOOP("Listing", "Business plan approved"),
            "t.business_plan_approved",
            Kind.DATE,
        ),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Seed fund granted"), _SEED_FUND, Kind.MONEY),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Notes"), "t.notes"),
    ),
    default_sort="name",
)
