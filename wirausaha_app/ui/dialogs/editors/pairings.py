"""The pairing dialog (forms/pairings_dialog.ui): team, UMKM, value-chain role, period.

The UMKM table may hold a million rows, so the UMKM is chosen with the search
picker, not a combo box. Saving goes through ``core.services.pairings`` (capacity
and duplicate checks); a refusal is shown at its field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.models import Cohort, Pairing, Team
from wirausaha_app.core.models.enums import PairingStatus
from wirausaha_app.core.rules.errors import FieldError, ValidationError
from wirausaha_app.core.services import pairings as svc
from wirausaha_app.core.services.records import DeleteImpact, lookups
from wirausaha_app.core.services.records.lookups import Choice
from wirausaha_app.ui.dialogs.editors.base import RecordEditor
from wirausaha_app.ui.dialogs.pickers import pick_umkm
from wirausaha_app.ui.generated.ui_pairings_dialog import Ui_PairingsDialog

FIELDS = ("team_id", "umkm_id", "role_code", "status", "start_date", "end_date", "notes")


def team_choices(db: Database, cohort_id: int | None = None) -> list[Choice]:
    """Teams labelled with their cohort (a few hundred rows)."""
    with db.session() as session:
        query = (
            select(Team.id, Team.name, Cohort.name)
            .join(Cohort, Cohort.id == Team.cohort_id)
            .order_by(Cohort.year.desc(), Cohort.name, Team.name)
        )
        if cohort_id is not None:
            query = query.where(Team.cohort_id == cohort_id)
        return [
            Choice(i, f"{name} — {cohort}", cohort) for i, name, cohort in session.execute(query)
        ]


class PairingService:
    """Dict-in, dict-out adapter of ``core.services.pairings`` for :class:`RecordEditor`."""

    def defaults(self) -> dict[str, Any]:
        return {"status": PairingStatus.PROPOSED.value, "start_date": date.today()}

    def get(self, db: Database, record_id: int) -> dict[str, Any]:
        with db.session() as session:
            data = svc.load_pairing(session, record_id)
        if data is None:
            raise UserError(msg(QT_TRANSLATE_NOOP("Pairings", "The pairing no longer exists.")))
        return dict(data.__dict__)

    def _input(self, values: Mapping[str, Any]) -> svc.PairingInput:
        missing = [
            FieldError(f, msg(QT_TRANSLATE_NOOP("Validation", "This field is required.")))
            for f in ("team_id", "umkm_id", "role_code", "status", "start_date")
            if values.get(f) in (None, "")
        ]
        if missing:
            raise ValidationError(missing)
        return svc.PairingInput(
            team_id=int(values["team_id"]),
            umkm_id=int(values["umkm_id"]),
            role_code=str(values["role_code"]),
            start_date=values["start_date"],
            end_date=values.get("end_date"),
            status=str(values["status"]),
            notes=values.get("notes") or None,
        )

    def create(self, db: Database, values: Mapping[str, Any]) -> int:
        try:
            return svc.create_pairing(db, self._input(values))
        except FieldError as error:
            raise ValidationError([error]) from error

    def update(self, db: Database, record_id: int, values: Mapping[str, Any]) -> None:
        try:
            svc.update_pairing(db, record_id, self._input(values))
        except FieldError as error:
            raise ValidationError([error]) from error


class PairingEditor(RecordEditor):
    kind = "pairings"
    form_class = Ui_PairingsDialog
    fields = FIELDS

    def make_service(self) -> Any:
        return PairingService()

    def title(self, editing: bool) -> str:
        return self.tr("Edit pairing") if editing else self.tr("New pairing")

    def prepare(self) -> None:
        self._umkm_id: int | None = None
        self.ui.team_id.set_choices(team_choices(self.db))
        with self.db.session() as session:
            roles = svc.active_roles(session)
        self.enum_choices(self.ui.role_code, [(r.name, r.code) for r in roles])
        self.enum_choices(
            self.ui.status,
            [
                (self.tr("Proposed"), PairingStatus.PROPOSED.value),
                (self.tr("Active"), PairingStatus.ACTIVE.value),
                (self.tr("Finished"), PairingStatus.FINISHED.value),
                (self.tr("Cancelled"), PairingStatus.CANCELLED.value),
            ],
        )
        self.ui.chooseUmkmButton.clicked.connect(self.choose_umkm)

    def choose_umkm(self) -> None:
        chosen = pick_umkm(self, self.db)
        if chosen is not None:
            self.set_umkm(int(chosen.id), chosen.label)

    def set_umkm(self, umkm_id: int | None, label: str = "") -> None:
        self._umkm_id = umkm_id
        if umkm_id is not None and not label:
            label = lookups.umkm_label(self.db, umkm_id)
        self.ui.umkm_id.setText(label if umkm_id is not None else "")

    def load(self, values: Mapping[str, Any]) -> None:
        super().load({k: v for k, v in values.items() if k != "umkm_id"})
        self.set_umkm(values.get("umkm_id"))

    def values(self) -> dict[str, Any]:
        out = {k: v for k, v in super().values().items() if k != "umkm_id"}
        out["umkm_id"] = self._umkm_id
        return out


Editor = PairingEditor


def impact(db: Database, ids: Sequence[int]) -> DeleteImpact:
    """Deleting a pairing removes only that row; outcomes are computed, not stored."""
    with db.session() as session:
        found = session.scalars(select(Pairing.id).where(Pairing.id.in_(list(ids)))).all()
    if len(found) != len(set(ids)):
        raise UserError(msg(QT_TRANSLATE_NOOP("Pairings", "The pairing no longer exists.")))
    return DeleteImpact()


def delete(db: Database, ids: Sequence[int]) -> None:
    svc.delete_pairings(db, ids)
