"""Small pieces shared by the mentoring, funding and pairing services.

Services here raise :class:`~wirausaha_app.core.rules.errors.FieldError` (a
``UserError`` naming the form field) so a dialog can show it beside the right
widget while the CLI just prints it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import AppSetting
from wirausaha_app.core.rules.errors import FieldError
from wirausaha_app.core.services.program_settings import setting_number
from wirausaha_app.core.services.records.base import log_change

__all__ = ["FieldError", "delete_logged", "is_open_on", "setting_int"]


def setting_int(session: Session, key: str, default: int) -> int:
    """An integer setting from ``app_settings``; a missing or garbled value gives ``default``."""
    row = session.get(AppSetting, key)
    return setting_number(row.value if row is not None else None, default)


def is_open_on(start: date, end: date | None, day: date) -> bool:
    """Whether a period [start, end] (end None = open) covers ``day``."""
    return start <= day and (end is None or end >= day)


def delete_logged(
    db: Database, id_column: InstrumentedAttribute[int], entity: str, ids: Sequence[int]
) -> None:
    """Delete the rows of ``id_column``'s table with these ids in one transaction.

    Ids already gone are skipped (a list may be stale); each deleted row leaves a
    ``change_log`` row. For tables nothing else depends on (assignments, sessions
    with their attendance, pairings).
    """
    model = id_column.class_
    with db.transaction() as session:
        for row in session.scalars(select(model).where(id_column.in_(list(ids)))):
            log_change(session, entity, row.id, "delete", ())
            session.delete(row)
