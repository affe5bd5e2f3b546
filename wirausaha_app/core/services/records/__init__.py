"""Record services for the six kinds a coordinator enters by hand.

``service("students").create(db, {...})`` — the same for universities, cohorts,
teams, mentors and umkm. Each service offers ``create``, ``update``, ``get``,
``impact`` / ``delete_impact`` and ``delete``; see :mod:`.base`.
"""

from __future__ import annotations

from importlib import import_module

from wirausaha_app.core.services.records.base import (
    DeleteImpact,
    RecordInUseError,
    RecordNotFoundError,
    RecordService,
)

KINDS = ("universities", "cohorts", "students", "teams", "mentors", "umkm")

__all__ = [
    "KINDS",
    "DeleteImpact",
    "RecordInUseError",
    "RecordNotFoundError",
    "RecordService",
    "service",
]


def service(kind: str) -> RecordService:
    if kind not in KINDS:
        raise KeyError(kind)
    module = import_module(f"{__name__}.{kind}")
    result: RecordService = module.SERVICE
    return result
