"""Where the program keeps its files, and where its shipped resources are.

Resources live in the repository's top-level ``resources/`` folder; the wheel
copies them into ``wirausaha_app/resources``. Both layouts are looked up so the
same code runs from a checkout, an editable install and an installed wheel.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from wirausaha_app import APP_ID

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _first_existing(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the program's '{name}' folder is missing next to {_PACKAGE_DIR}")


@cache
def resources_dir() -> Path:
    return _first_existing("resources")


@cache
def forms_dir() -> Path:
    return _first_existing("forms")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The user's data folder (overridable with WIRAUSAHA_DATA_DIR, used by tests)."""
    override = os.environ.get("WIRAUSAHA_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs  # here, not at the top: 3 ms the app's first paint need not wait for

        path = Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "wirausaha.db"


def backups_dir(database: Path) -> Path:
    """Backups sit beside the database in a ``<name>-backups`` folder."""
    return database.with_name(database.stem + "-backups")
