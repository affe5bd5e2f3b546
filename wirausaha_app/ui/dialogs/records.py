"""Entry points the list pages call to create, edit and delete records.

``edit_record(parent, db, kind, record_id=None) -> int | None``
    opens the dialog of ``kind`` ("universities", "cohorts", "students", "teams",
    "mentors", "umkm", and any kind added later); returns the saved id, or None
    when the user cancelled.
``delete_records(parent, db, kind, ids) -> bool``
    shows what else would be affected and asks for confirmation; records that
    others depend on are refused with the reason. True when rows were deleted.

Editor module protocol
----------------------
The dialog of a kind lives in ``wirausaha_app/ui/dialogs/editors/<kind>.py`` and is
found by that name, so a new kind (``pairings``, ``mentoring_sessions``…) is added by
adding a module; nothing here changes. The module must define:

* ``Editor`` — a ``QDialog`` subclass constructed as ``Editor(parent, db, record_id)``
  (``record_id`` None = new record) with an attribute ``saved_id: int | None`` set
  when it saved (usually a subclass of ``editors.base.RecordEditor``).

and may define, for deleting (otherwise ``core.services.records.service(kind)`` is
used, which exists for the six basic kinds):

* ``impact(db, ids) -> core.services.records.DeleteImpact``
* ``delete(db, ids) -> None`` (one transaction; raises ``UserError`` to refuse).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module
from types import ModuleType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import UserError
from wirausaha_app.core.services.records import KINDS, DeleteImpact, service

EDITORS_PACKAGE = "wirausaha_app.ui.dialogs.editors"


def editor_module(kind: str) -> ModuleType:
    if not kind.isidentifier():
        raise KeyError(kind)
    try:
        return import_module(f"{EDITORS_PACKAGE}.{kind}")
    except ModuleNotFoundError as error:
        if error.name == f"{EDITORS_PACKAGE}.{kind}":
            raise KeyError(kind) from None
        raise


def open_editor(parent: QWidget | None, db: Database, kind: str, record_id: int | None) -> Any:
    """The dialog, not yet shown (tests fill it in; :func:`edit_record` runs it)."""
    return editor_module(kind).Editor(parent, db, record_id)


def edit_record(
    parent: QWidget | None, db: Database, kind: str, record_id: int | None = None
) -> int | None:
    try:
        dialog = open_editor(parent, db, kind, record_id)
    except UserError as error:  # e.g. the record was deleted in the meantime
        QMessageBox.warning(
            parent, QCoreApplication.translate("Records", "Cannot open the record"), str(error)
        )
        return None
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    saved: int | None = dialog.saved_id
    return saved


def _delete_functions(
    kind: str,
) -> tuple[
    Callable[[Database, Sequence[int]], DeleteImpact], Callable[[Database, Sequence[int]], None]
]:
    module = editor_module(kind)
    if hasattr(module, "impact") and hasattr(module, "delete"):
        return module.impact, module.delete
    if kind in KINDS:
        svc = service(kind)
        return svc.impact, svc.delete
    raise KeyError(kind)


def delete_records(parent: QWidget | None, db: Database, kind: str, ids: list[int]) -> bool:
    if not ids:
        return False
    impact_of, delete = _delete_functions(kind)
    try:
        impact = impact_of(db, ids)
    except UserError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Records", "Cannot delete"), str(error)
        )
        return False
    if not impact.allowed:
        reasons = "\n".join(f"• {m.render()}" for m in impact.blocking)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Records", "Cannot delete"),
            QCoreApplication.translate(
                "Records",
                "The selected record(s) are still in use:\n%1\n\nMove or delete those "
                "records first.",
            ).replace("%1", reasons),
        )
        return False
    question = QCoreApplication.translate(
        "Records", "Delete %n record(s)? This cannot be undone.", None, len(ids)
    )
    if impact.owned:
        question += (
            "\n\n"
            + QCoreApplication.translate("Records", "This also:")
            + "\n"
            + "\n".join(f"• {m.render()}" for m in impact.owned)
        )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Records", "Delete"),
        question,
        parent=parent,
    )
    yes = box.addButton(
        QCoreApplication.translate("Records", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("Records", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)  # Enter must not delete by accident
    box.setObjectName("confirmDelete")
    box.exec()
    if box.clickedButton() is not yes:
        return False
    try:
        delete(db, ids)
    except UserError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Records", "Cannot delete"), str(error)
        )
        return False
    return True
