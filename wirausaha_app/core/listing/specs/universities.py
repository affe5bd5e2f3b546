"""The universities list: host (pelaksana) and origin (asal) universities with their MoU."""

from __future__ import annotations

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.core.listing.spec import Column, DetailField, Filter, Kind, ListSpec, Search
from wirausaha_app.core.listing.specs._labels import JATIM_REGIONS_SQL, UNIVERSITY_KINDS

SPEC = ListSpec(
    key="universities",
    title=QT_TRANSLATE_NOOP("Listing", "Universities"),
    from_sql="universities AS un LEFT JOIN regions AS r ON r.code = un.region_code",
    id_expr="un.id",
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Listing", "Name"), "un.name", nullable=False, width=34),
        Column("short_name", QT_TRANSLATE_NOOP("Listing", "Short name"), "un.short_name", width=10),
        Column(
            "kind",
            QT_TRANSLATE_NOOP("Listing", "Role"),
            "un.kind",
            Kind.CHOICE,
            labels=UNIVERSITY_KINDS,
            nullable=False,
            width=12,
        ),
        Column("region", QT_TRANSLATE_NOOP("Listing", "Region"), "r.name", width=18),
        Column("mou_number", QT_TRANSLATE_NOOP("Listing", "MoU number"), "un.mou_number", width=16),
        Column(
            "mou_valid_until",
            QT_TRANSLATE_NOOP("Listing", "MoU valid until"),
            "un.mou_valid_until",
            Kind.DATE,
            width=10,
        ),
        Column(
            "contact", QT_TRANSLATE_NOOP("Listing", "Contact person"), "un.contact_name", width=18
        ),
    ),
    search=Search(
        substring_columns=("un.name", "un.short_name", "un.mou_number", "un.contact_name")
    ),
    filters=(
        Filter("kind", QT_TRANSLATE_NOOP("Listing", "Role"), "un.kind", labels=UNIVERSITY_KINDS),
        Filter(
            "region",
            QT_TRANSLATE_NOOP("Listing", "Region"),
            "un.region_code",
            options_sql=JATIM_REGIONS_SQL,
        ),
    ),
    details=(
        DetailField(QT_TRANSLATE_NOOP("Listing", "Name"), "un.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Short name"), "un.short_name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Role"), "un.kind", Kind.CHOICE, UNIVERSITY_KINDS),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Region"), "r.name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Address"), "un.address"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "MoU number"), "un.mou_number"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "MoU valid from"), "un.mou_valid_from", Kind.DATE),
        DetailField(
            QT_TRANSLATE_NOOP("Listing", "MoU valid until"), "un.mou_valid_until", Kind.DATE
        ),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Contact person"), "un.contact_name"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "Phone"), "un.contact_phone"),
        DetailField(QT_TRANSLATE_NOOP("Listing", "E-mail"), "un.contact_email"),
        DetailField(
            QT_TRANSLATE_NOOP("Listing", "Students"),
            "(SELECT count(*) FROM students AS s WHERE s.university_id = un.id)",
            Kind.INT,
        ),
    ),
    default_sort="name",
)
