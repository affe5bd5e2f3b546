"""UMKM records. Their figures (sales, capital, employees, channels, scale class)
mirror the latest snapshot, which the snapshot service owns; here they can be set
only while an UMKM has no snapshot yet (a new UMKM gets its scale class from them)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.models import Pairing, Region, Umkm, UmkmSnapshot, ValueChainRole
from wirausaha_app.core.models.enums import SalesChannel
from wirausaha_app.core.rules import validation as v
from wirausaha_app.core.rules.scale import load_scale_rules
from wirausaha_app.core.services.records.base import (
    DeleteImpact,
    RecordService,
    Values,
    check_exists,
    count,
    duplicate,
)

FIGURES = ("annual_sales", "capital", "employees", "channels")


def _codes(raw: object) -> list[str]:
    """``"marketplace, shop"`` or ``["marketplace", "shop"]`` → distinct codes."""
    if raw is None:
        return []
    items = raw.split(",") if isinstance(raw, str) else [str(x) for x in raw]  # type: ignore[attr-defined]
    return list(dict.fromkeys(i.strip() for i in items if i and i.strip()))


def _comparable(key: str, value: Any) -> Any:
    # Channels are a set: "shop,marketplace" and "marketplace,shop" are the same.
    return frozenset(_codes(value)) if key == "channels" else value


class UmkmService(RecordService):
    kind = "umkm"
    model = Umkm
    columns = (
        "name",
        "owner_name",
        "region_code",
        "address",
        "phone",
        "kbli_code",
        "kbli_version",
        "nib",
        "pirt_number",
        "pirt_valid_until",
        "halal_number",
        "channels",
        "needs",
        "annual_sales",
        "capital",
        "employees",
        "notes",
    )

    def has_snapshots(self, session: Session, umkm_id: int) -> bool:
        return (
            session.scalar(select(UmkmSnapshot.id).where(UmkmSnapshot.umkm_id == umkm_id).limit(1))
            is not None
        )

    def validate(
        self, session: Session, values: Mapping[str, Any], record_id: int | None
    ) -> Values:
        e = v.ErrorCollector()
        kbli = e.check(v.kbli, values.get("kbli_code"), values.get("kbli_version")) or (None, None)
        out: Values = {
            "name": e.check(v.name, values.get("name")),
            "owner_name": e.check(
                v.text, values.get("owner_name"), field="owner_name", max_length=200
            ),
            "region_code": e.check(
                v.text, values.get("region_code"), field="region_code", required=True
            ),
            "address": e.check(v.text, values.get("address"), field="address", max_length=1000),
            "phone": e.check(v.phone, values.get("phone")),
            "kbli_code": kbli[0],
            "kbli_version": kbli[1],
            "nib": e.check(v.nib, values.get("nib")),
            "pirt_number": e.check(v.pirt, values.get("pirt_number")),
            "pirt_valid_until": e.check(
                v.date_value, values.get("pirt_valid_until"), field="pirt_valid_until"
            ),
            "halal_number": e.check(
                v.text, values.get("halal_number"), field="halal_number", max_length=50
            ),
            "notes": e.check(v.text, values.get("notes"), field="notes"),
            "annual_sales": e.check(
                v.parse_money, values.get("annual_sales"), field="annual_sales"
            ),
            "capital": e.check(v.parse_money, values.get("capital"), field="capital"),
            "employees": e.check(
                v.integer, values.get("employees"), field="employees", minimum=0, maximum=1_000_000
            ),
        }
        channels = _codes(values.get("channels"))
        for code in channels:
            e.check(v.choice, code, SalesChannel, field="channels")
        out["channels"] = ",".join(channels) or None
        needs = _codes(values.get("needs"))
        known_roles = set(session.scalars(select(ValueChainRole.code)).all())
        for code in needs:
            e.check(v.choice, code, sorted(known_roles), field="needs")
        out["needs"] = ",".join(needs) or None
        if out["region_code"]:
            check_exists(e, session, Region, out["region_code"], "region_code")
        if out["nib"] and duplicate(
            session, select(Umkm.id).where(Umkm.nib == out["nib"]), record_id, Umkm.id
        ):
            e.add(
                "nib",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Validation", "NIB {nib} is already registered to another UMKM."
                    ),
                    nib=out["nib"],
                ),
            )
        if record_id is not None and self.has_snapshots(session, record_id):
            row = session.get(Umkm, record_id)
            for key in FIGURES:
                if row is not None and _comparable(key, out[key]) != _comparable(
                    key, getattr(row, key)
                ):
                    e.add(
                        key,
                        msg(
                            QT_TRANSLATE_NOOP(
                                "Validation",
                                "This figure comes from the latest snapshot; record a new snapshot "
                                "to change it.",
                            )
                        ),
                    )
        else:
            rules = load_scale_rules(session)
            out["scale_class"] = rules.classify(
                annual_sales=out["annual_sales"], capital=out["capital"]
            )
        e.raise_if_any()
        return out

    def dependants(self, session: Session, ids: Sequence[int]) -> DeleteImpact:
        impact = DeleteImpact()
        impact.block(
            count(session, select(Pairing.id).where(Pairing.umkm_id.in_(ids))),
            QT_TRANSLATE_NOOP("Records", "{count} pairing(s) with student teams involve this UMKM"),
        )
        impact.own(
            count(session, select(UmkmSnapshot.id).where(UmkmSnapshot.umkm_id.in_(ids))),
            QT_TRANSLATE_NOOP("Records", "{count} dated snapshot(s) of its figures are deleted"),
        )
        return impact


SERVICE = UmkmService()
create = SERVICE.create
update = SERVICE.update
get = SERVICE.get
delete = SERVICE.delete
delete_impact = SERVICE.delete_impact
impact = SERVICE.impact
