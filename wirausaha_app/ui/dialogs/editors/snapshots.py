"""The UMKM snapshot dialog (forms/snapshots_dialog.ui): dated figures of one UMKM.

Saving goes through ``core.services.snapshots``, which keeps the UMKM row's copy of
its latest snapshot (scale class included) in the same transaction. Open it for a
given UMKM with ``Editor(parent, db, None)`` then ``editor.set_umkm(umkm_id)``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.models.enums import SalesChannel, values
from wirausaha_app.core.rules.errors import ErrorCollector, FieldError, ValidationError
from wirausaha_app.core.rules.validation import parse_money
from wirausaha_app.core.services import snapshots as svc
from wirausaha_app.core.services.records import DeleteImpact, lookups
from wirausaha_app.ui.dialogs.editors.base import RecordEditor
from wirausaha_app.ui.dialogs.pickers import pick_umkm
from wirausaha_app.ui.generated.ui_snapshots_dialog import Ui_SnapshotsDialog

CHANNELS = tuple(values(SalesChannel))


class SnapshotService:
    def defaults(self) -> dict[str, Any]:
        return {"snapshot_date": date.today()}

    def get(self, db: Database, record_id: int) -> dict[str, Any]:
        with db.session() as session:
            found = svc.load_snapshot(session, record_id)
        if found is None:
            raise UserError(msg(QT_TRANSLATE_NOOP("Snapshots", "The snapshot no longer exists.")))
        umkm_id, data = found
        return {**data.__dict__, "umkm_id": umkm_id}

    def _input(self, values_: Mapping[str, Any]) -> tuple[int, svc.SnapshotInput]:
        errors = ErrorCollector()
        for field in ("umkm_id", "snapshot_date"):
            if values_.get(field) in (None, ""):
                errors.add(field, msg(QT_TRANSLATE_NOOP("Validation", "This field is required.")))
        sales = errors.check(parse_money, values_.get("annual_sales"), field="annual_sales")
        capital = errors.check(parse_money, values_.get("capital"), field="capital")
        errors.raise_if_any()
        return int(values_["umkm_id"]), svc.SnapshotInput(
            snapshot_date=values_["snapshot_date"],
            annual_sales=sales,
            capital=capital,
            employees=values_.get("employees"),
            channels=tuple(values_.get("channels") or ()),
            has_nib=values_.get("has_nib"),
            note=values_.get("note") or None,
        )

    def create(self, db: Database, values_: Mapping[str, Any]) -> int:
        umkm_id, data = self._input(values_)
        try:
            return svc.add_snapshot(db, umkm_id, data)
        except FieldError as error:
            raise ValidationError([error]) from error

    def update(self, db: Database, record_id: int, values_: Mapping[str, Any]) -> None:
        _umkm_id, data = self._input(values_)
        try:
            svc.update_snapshot(db, record_id, data)
        except FieldError as error:
            raise ValidationError([error]) from error


class SnapshotEditor(RecordEditor):
    kind = "snapshots"
    form_class = Ui_SnapshotsDialog
    fields = ("snapshot_date", "umkm_id", "annual_sales", "capital", "employees", "has_nib", "note")

    def make_service(self) -> Any:
        return SnapshotService()

    def title(self, editing: bool) -> str:
        return self.tr("Edit UMKM snapshot") if editing else self.tr("New UMKM snapshot")

    def prepare(self) -> None:
        self._umkm_id: int | None = None
        self.ui.has_nib.clear()
        self.ui.has_nib.addItem(self.tr("Not recorded"), None)
        self.ui.has_nib.addItem(self.tr("Yes"), True)
        self.ui.has_nib.addItem(self.tr("No"), False)
        self.ui.chooseUmkmButton.clicked.connect(self.choose_umkm)
        self.ui.chooseUmkmButton.setEnabled(self.record_id is None)
        self.ui.scaleHint.setText(
            self.tr(
                "The scale class is computed from annual sales, or from capital when sales are unknown (thresholds of the regulation in the settings)."  # noqa: E501
            )
        )

    def choose_umkm(self) -> None:
        chosen = pick_umkm(self, self.db)
        if chosen is not None:
            self.set_umkm(int(chosen.id), chosen.label)

    def set_umkm(self, umkm_id: int | None, label: str = "") -> None:
        self._umkm_id = umkm_id
        if umkm_id is not None and not label:
            label = lookups.umkm_label(self.db, umkm_id)
        self.ui.umkm_id.setText(label if umkm_id is not None else "")

    def load(self, values_: Mapping[str, Any]) -> None:
        plain = {k: v for k, v in values_.items() if k not in ("umkm_id", "has_nib")}
        super().load(plain)
        self.ui.has_nib.setCurrentIndex(max(self.ui.has_nib.findData(values_.get("has_nib")), 0))
        self.set_umkm(values_.get("umkm_id"))
        chosen = set(values_.get("channels") or ())
        for code in CHANNELS:
            getattr(self.ui, f"channel_{code}").setChecked(code in chosen)

    def values(self) -> dict[str, Any]:
        out = {k: v for k, v in super().values().items() if k not in ("umkm_id", "has_nib")}
        out["umkm_id"] = self._umkm_id
        out["has_nib"] = self.ui.has_nib.currentData()
        out["channels"] = [c for c in CHANNELS if getattr(self.ui, f"channel_{c}").isChecked()]
        return out


Editor = SnapshotEditor


def impact(db: Database, ids: Sequence[int]) -> DeleteImpact:
    return DeleteImpact()


def delete(db: Database, ids: Sequence[int]) -> None:
    svc.delete_snapshots(db, ids)
