"""The UMKM dialog (forms/umkm_dialog.ui).

Sales, capital, employees and channels can be typed for a new UMKM (they set its
scale class); once snapshots exist they mirror the latest one and are read-only
here, because the snapshot dialog records changes with their date.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QListWidgetItem, QWidget
from sqlalchemy import select

from wirausaha_app.core.models import ValueChainRole
from wirausaha_app.core.models.enums import KbliVersion, SalesChannel
from wirausaha_app.core.services.records.umkm import FIGURES, UmkmService
from wirausaha_app.ui.dialogs.editors.base import RecordEditor
from wirausaha_app.ui.dialogs.editors.common import region_choices
from wirausaha_app.ui.generated.ui_umkm_dialog import Ui_UmkmDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class UmkmEditor(RecordEditor):
    kind = "umkm"
    form_class = Ui_UmkmDialog
    fields = (
        "name",
        "owner_name",
        "region_code",
        "address",
        "phone",
        "kbli_code",
        "kbli_version",
        "notes",
        "nib",
        "pirt_number",
        "pirt_valid_until",
        "halal_number",
        "annual_sales",
        "capital",
        "employees",
    )

    def title(self, editing: bool) -> str:
        return self.tr("Edit UMKM") if editing else self.tr("New UMKM")

    def prepare(self) -> None:
        self.ui.region_code.set_choices(region_choices(self.db))
        self.enum_choices(
            self.ui.kbli_version, [("", None)] + [(v.value, v.value) for v in KbliVersion]
        )
        with self.db.session() as session:
            roles = session.execute(
                select(ValueChainRole.code, ValueChainRole.name)
                .where(ValueChainRole.active)
                .order_by(ValueChainRole.sort_order, ValueChainRole.name)
            ).all()
        self.ui.needs.clear()
        for code, name in roles:
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.needs.addItem(item)
        self.ui.needs.setMaximumHeight(110)

    def _channel_boxes(self) -> dict[str, QCheckBox]:
        return {c.value: getattr(self.ui, f"channel_{c.value}") for c in SalesChannel}

    def load(self, values: Mapping[str, Any]) -> None:
        super().load(values)
        chosen = set((values.get("channels") or "").split(","))
        for code, box in self._channel_boxes().items():
            box.setChecked(code in chosen)
        needs = set((values.get("needs") or "").split(","))
        for row in range(self.ui.needs.count()):
            item = self.ui.needs.item(row)
            checked = item.data(ID_ROLE) in needs
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if self.record_id is not None:
            service = self.service
            assert isinstance(service, UmkmService)
            with self.db.session() as session:
                locked = service.has_snapshots(session, self.record_id)
            if locked:
                note = self.tr("From the latest snapshot; record a new snapshot to change it.")
                for field in FIGURES:
                    widget = self.widget(field)
                    assert widget is not None
                    widget.setEnabled(False)
                    widget.setToolTip(note)
                for box in self._channel_boxes().values():
                    box.setEnabled(False)
                    box.setToolTip(note)

    def values(self) -> dict[str, Any]:
        out = super().values()
        out["channels"] = [code for code, box in self._channel_boxes().items() if box.isChecked()]
        out["needs"] = [
            self.ui.needs.item(r).data(ID_ROLE)
            for r in range(self.ui.needs.count())
            if self.ui.needs.item(r).checkState() == Qt.CheckState.Checked
        ]
        return out

    def widget(self, field: str) -> QWidget | None:
        if field == "channels":
            return self.ui.channel_marketplace
        return super().widget(field)


Editor = UmkmEditor
