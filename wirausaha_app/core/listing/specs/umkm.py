"""The UMKM list: a million rows, so every sortable column is an indexed one."""

from __future__ import annotations

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.core.listing.spec import Column, DetailField, Filter, Kind, ListSpec, Search
from wirausaha_app.core.listing.specs._labels import (
    JATIM_REGIONS_SQL,
    SALES_CHANNELS,
    SCALE_CLASSES,
    YES_NO,
)

SPEC = ListSpec(
    key="umkm",
    title=QT_TRANSLATE_NOOP("Listing", "UMKM"),
    from_sql="umkm AS u JOIN regions AS r ON r.code = u.region_code",
    id_expr="u.id",
    columns=(
        Column(
            "name",
            QT_TRANSLATE_NOOP("Listing", "Business name"),
            "u.name",
            nullable=False,
            width=30,
        ),
        Column("owner", QT_TRANSLATE_NOOP("Listing", "Owner"), "u.owner_name", width=22),
        # Sorted by the Kemendagri code (indexed), which groups kabupaten then kota.
        Column(
            "region",
            QT_TRANSLATE_NOOP("Listing", "Region"),
            "r.name",
            sort_expr="u.region_code",
            nullable=False,
            width=20,
        ),
        Column("nib", QT_TRANSLATE_NOOP("Listing", "NIB"), "u.nib", width=14),
        Column("kbli", QT_TRANSLATE_NOOP("Listing", "KBLI"), "u.kbli_code", width=6),
        Column(
            "scale",
            QT_TRANSLATE_NOOP("Listing", "Scale"),
            "u.scale_class",
            Kind.CHOICE,
            labels=SCALE_CLASSES,
            width=9,
        ),
        Column(
            "sales",
            QT_TRANSLATE_NOOP("Listing", "Annual sales"),
            "u.annual_sales",
            Kind.MONEY,
            width=15,
        ),
    ),
    search=Search(
        fts="umkm_fts",
        prefix_columns=("u.name", "u.owner_name", "u.nib"),
        code_column="u.nib",
        key_indexes={"name": "ix_umkm_id_name", "owner": "ix_umkm_id_owner_name"},
    ),
    filters=(
        Filter(
            "region",
            QT_TRANSLATE_NOOP("Listing", "Region"),
            "u.region_code",
            options_sql=JATIM_REGIONS_SQL,
        ),
        Filter(
            "scale", QT_TRANSLATE_NOOP("Listing", "Scale"), "u.scale_class", labels=SCALE_CLASSES
        ),
        Filter(
            "has_nib",
            QT_TRANSLATE_NOOP("Listing", "Has NIB"),
            labels=YES_NO,
            clauses={"yes": "u.nib IS NOT NULL", "no": "u.nib IS NULL"},
        ),
    ),
    details=(
        DetailField(QT_TRANSLATE_NOOP("Listing", "Business name"), "u.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Owner"), "u.owner_name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Region"), "r.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Address"), "u.address"),
        DetailField(
            QT_TRANSLATE_NOOP("Listing", "KBLI"),
            "u.kbli_code || coalesce(' (KBLI ' || u.kbli_version || ')', '')",
        ),
        DetailField(QT_TRANSLATE_NOOP("Listing", "NIB"), "u.nib"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "P-IRT number"), "u.pirt_number"),
        DetailField(
            QT_TRANSLATE_NOOP("Listing", "P-IRT valid until"), "u.pirt_valid_until", Kind.DATE
        ),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Halal certificate"), "u.halal_number"),
        DetailField(
            QT_TRANSLATE_NOOP("Listing", "Sales channels"),
            "u.channels",
            Kind.CHOICES,
            SALES_CHANNELS,
        ),
        DetailField(
            QT_TRANSLATE_NOOP("Listing", "Scale"), "u.scale_class", Kind.CHOICE, SCALE_CLASSES
        ),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Annual sales"), "u.annual_sales", Kind.MONEY),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Capital"), "u.capital", Kind.MONEY),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Employees"), "u.employees", Kind.INT),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Notes"), "u.notes"),
    ),
    default_sort="name",
    base_from_sql="umkm AS u",
)
