"""The pairings list, with outcome columns computed in SQL.

The outcome columns follow :mod:`wirausaha_app.core.rules.outcomes` exactly
(baseline = latest snapshot on/before the start, else the first one before the
end; final = latest on/before the end or today), so the list shows what the
reports count. Pairings are a small table (thousands), so the correlated
snapshot subqueries cost little for a 200-row page; these columns do not sort.
"""

from __future__ import annotations

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.core.listing.spec import Column, DetailField, Filter, Kind, ListSpec, Search
from wirausaha_app.core.listing.specs._labels import COHORTS_SQL, JATIM_REGIONS_SQL
from wirausaha_app.core.models.enums import DIGITAL_CHANNELS

PAIRING_STATUSES = {
    "proposed": QT_TRANSLATE_NOOP("Listing", "Proposed"),
    "active": QT_TRANSLATE_NOOP("Listing", "Active"),
    "finished": QT_TRANSLATE_NOOP("Listing", "Finished"),
    "cancelled": QT_TRANSLATE_NOOP("Listing", "Cancelled"),
}

_END = "coalesce(p.end_date, :today)"
_BASE_ID = (
    "coalesce((SELECT s.id FROM umkm_snapshots AS s WHERE s.umkm_id = p.umkm_id"
    " AND s.snapshot_date <= p.start_date ORDER BY s.snapshot_date DESC LIMIT 1),"
    " (SELECT s.id FROM umkm_snapshots AS s WHERE s.umkm_id = p.umkm_id"
    f" AND s.snapshot_date <= {_END} ORDER BY s.snapshot_date LIMIT 1))"
)
_FINAL_ID = (
    "(SELECT s.id FROM umkm_snapshots AS s WHERE s.umkm_id = p.umkm_id"
    f" AND s.snapshot_date <= {_END} ORDER BY s.snapshot_date DESC LIMIT 1)"
)


def _at(snapshot_id: str, column: str) -> str:
    return f"(SELECT x.{column} FROM umkm_snapshots AS x WHERE x.id = {snapshot_id})"


def _rank(snapshot_id: str) -> str:
    """Scale-class rank of a snapshot: sales when known, else capital (thresholds as data)."""
    sales, capital = _at(snapshot_id, "annual_sales"), _at(snapshot_id, "capital")
    return (
        "(SELECT min(t.rank) FROM scale_thresholds AS t WHERE t.regulation = coalesce("
        "(SELECT a.value FROM app_settings AS a WHERE a.key = 'scale_regulation'), 'PP 7/2021')"
        f" AND CASE WHEN {sales} IS NOT NULL"
        f" THEN t.max_annual_sales IS NULL OR {sales} <= t.max_annual_sales"
        f" WHEN {capital} IS NOT NULL THEN t.max_capital IS NULL OR {capital} <= t.max_capital"
        " END)"
    )


def _has(channels: str, code: str) -> str:
    return f"(',' || coalesce({channels}, '') || ',' LIKE '%,{code},%')"


_SALES_BEFORE = _at(_BASE_ID, "annual_sales")
_SALES_AFTER = _at(_FINAL_ID, "annual_sales")
_SALES_CHANGE = f"({_SALES_AFTER} - {_SALES_BEFORE})"
_NAIK_KELAS = f"({_rank(_FINAL_ID)} > {_rank(_BASE_ID)})"
_DIGITAL = (
    "("
    + " OR ".join(
        f"({_has(_at(_FINAL_ID, 'channels'), str(c))}"
        f" AND NOT {_has(_at(_BASE_ID, 'channels'), str(c))})"
        for c in sorted(DIGITAL_CHANNELS)
    )
    + f") AND {_BASE_ID} IS NOT NULL"
)
_NIB_BEFORE, _NIB_AFTER = _at(_BASE_ID, "has_nib"), _at(_FINAL_ID, "has_nib")
_FORMALISED = (
    f"({_BASE_ID} <> {_FINAL_ID}"
    f" AND ({_NIB_BEFORE} IS NOT NULL OR {_NIB_AFTER} IS NOT NULL)"
    f" AND NOT coalesce({_NIB_BEFORE}, FALSE)"
    f" AND coalesce({_NIB_AFTER}, u.nib IS NOT NULL))"
)

SPEC = ListSpec(
    key="pairings",
    title=QT_TRANSLATE_NOOP("Listing", "Pairings"),
    from_sql=(
        "pairings AS p JOIN teams AS t ON t.id = p.team_id"
        " JOIN cohorts AS c ON c.id = t.cohort_id"
        " JOIN umkm AS u ON u.id = p.umkm_id"
        " JOIN regions AS r ON r.code = u.region_code"
        " JOIN value_chain_roles AS vr ON vr.code = p.role_code"
    ),
    id_expr="p.id",
    columns=(
        Column("team", QT_TRANSLATE_NOOP("Listing", "Team"), "t.name", nullable=False, width=18),
        Column("umkm", QT_TRANSLATE_NOOP("Listing", "UMKM"), "u.name", nullable=False, width=24),
        Column(
            "region",
            QT_TRANSLATE_NOOP("Listing", "Region"),
            "r.name",
            sort_expr="u.region_code",
            nullable=False,
            width=16,
        ),
        Column("role", QT_TRANSLATE_NOOP("Listing", "Role"), "vr.name", nullable=False, width=18),
        Column(
            "status",
            QT_TRANSLATE_NOOP("Listing", "Status"),
            "p.status",
            Kind.CHOICE,
            nullable=False,
            labels=PAIRING_STATUSES,
            width=9,
        ),
        Column(
            "start",
            QT_TRANSLATE_NOOP("Listing", "Start"),
            "p.start_date",
            Kind.DATE,
            nullable=False,
        ),
        Column("end", QT_TRANSLATE_NOOP("Listing", "End"), "p.end_date", Kind.DATE),
        Column(
            "sales_change",
            QT_TRANSLATE_NOOP("Listing", "Sales change"),
            _SALES_CHANGE,
            Kind.MONEY,
            sortable=False,
            width=14,
        ),
        Column(
            "formalised",
            QT_TRANSLATE_NOOP("Listing", "Got NIB"),
            _FORMALISED,
            Kind.BOOL,
            sortable=False,
            width=7,
        ),
        Column(
            "naik_kelas",
            QT_TRANSLATE_NOOP("Listing", "Naik kelas"),
            _NAIK_KELAS,
            Kind.BOOL,
            sortable=False,
            width=7,
        ),
        Column(
            "digital",
            QT_TRANSLATE_NOOP("Listing", "Went digital"),
            _DIGITAL,
            Kind.BOOL,
            sortable=False,
            width=7,
        ),
    ),
    search=Search(substring_columns=("t.name", "u.name")),
    filters=(
        Filter(
            "status",
            QT_TRANSLATE_NOOP("Listing", "Status"),
            "p.status",
            labels=PAIRING_STATUSES,
        ),
        Filter(
            "role",
            QT_TRANSLATE_NOOP("Listing", "Role"),
            "p.role_code",
            options_sql="SELECT code, name FROM value_chain_roles ORDER BY sort_order, code",
        ),
        Filter(
            "cohort", QT_TRANSLATE_NOOP("Listing", "Cohort"), "t.cohort_id", options_sql=COHORTS_SQL
        ),
        Filter(
            "region",
            QT_TRANSLATE_NOOP("Listing", "Region"),
            "u.region_code",
            options_sql=JATIM_REGIONS_SQL,
        ),
    ),
    details=(
        DetailField(QT_TRANSLATE_NOOP("Listing", "Team"), "t.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Cohort"), "c.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "UMKM"), "u.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Region"), "r.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Role"), "vr.name"),
        DetailField(
            QT_TRANSLATE_NOOP("Listing", "Status"), "p.status", Kind.CHOICE, PAIRING_STATUSES
        ),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Start"), "p.start_date", Kind.DATE),
        DetailField(QT_TRANSLATE_NOOP("Listing", "End"), "p.end_date", Kind.DATE),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Sales before"), _SALES_BEFORE, Kind.MONEY),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Sales after"), _SALES_AFTER, Kind.MONEY),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Sales change"), _SALES_CHANGE, Kind.MONEY),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Got NIB"), _FORMALISED, Kind.BOOL),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Naik kelas"), _NAIK_KELAS, Kind.BOOL),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Went digital"), _DIGITAL, Kind.BOOL),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Notes"), "p.notes"),
    ),
    default_sort="start",
    default_descending=True,  # the newest first: what the coordinator works on
)
