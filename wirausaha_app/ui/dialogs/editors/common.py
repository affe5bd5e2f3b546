"""Lists shared by several record dialogs (regions, universities, cohorts)."""

from __future__ import annotations

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.services.records import lookups
from wirausaha_app.core.services.records.lookups import Choice


def region_choices(db: Database) -> list[Choice]:
    """Kabupaten/kota, Jawa Timur first; other provinces' names carry the province."""
    out = []
    for choice in lookups.regions(db):
        if choice.detail == "Jawa Timur":
            out.append(choice)
        else:
            out.append(Choice(choice.id, f"{choice.label} ({choice.detail})", choice.detail))
    return out
