"""Small pieces shared by the mentoring, funding and pairing services.

Services here raise :class:`~wirausaha_app.core.rules.errors.FieldError` (a
``UserError`` naming the form field) so a dialog can show it beside the right
widget while the CLI just prints it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from wirausaha_app.core.models import AppSetting
from wirausaha_app.core.rules.errors import FieldError

__all__ = ["FieldError", "is_open_on", "setting_int"]


def setting_int(session: Session, key: str, default: int) -> int:
    """An integer setting from ``app_settings``; a missing or garbled value gives ``default``."""
    row = session.get(AppSetting, key)
    if row is None:
        return default
    try:
        return int(str(row.value).strip())
    except ValueError:
        return default


def is_open_on(start: date, end: date | None, day: date) -> bool:
    """Whether a period [start, end] (end None = open) covers ``day``."""
    return start <= day and (end is None or end >= day)
