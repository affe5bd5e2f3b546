"""The desktop program's own settings (QSettings): language, recent databases, geometry.

Settings that the CLI shares live in the database (``app_settings``); these are
per-user, per-machine preferences. An INI file is used everywhere (readable,
portable); when ``WIRAUSAHA_CONFIG_DIR``, ``WIRAUSAHA_DATA_DIR`` or ``XDG_CONFIG_HOME``
is set (tests set them per test) it is written under that folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from wirausaha_app import APP_ID

ORGANISATION = "wirausaha-merdeka"
MAX_RECENT = 8

KEY_LANGUAGE = "ui/language"
KEY_RECENT = "files/recent"
KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_DEMO_OFFERED = "files/demo_offered"


def configured_folder() -> Path | None:
    for name in ("WIRAUSAHA_CONFIG_DIR", "WIRAUSAHA_DATA_DIR", "XDG_CONFIG_HOME"):
        value = os.environ.get(name)
        if value:
            return Path(value) / "settings" if name == "WIRAUSAHA_DATA_DIR" else Path(value)
    return None


def configure() -> None:
    """Call once the QCoreApplication exists (and again if the folders change)."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_ID)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = configured_folder()
    if folder is not None:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def settings() -> QSettings:
    return QSettings()


def language(default: str = "id") -> str:
    value = settings().value(KEY_LANGUAGE, default)
    return str(value) if value in ("id", "en") else default


def set_language(lang: str) -> None:
    settings().setValue(KEY_LANGUAGE, lang)


def recent_databases() -> list[str]:
    value = settings().value(KEY_RECENT, [])
    if isinstance(value, str):  # QSettings returns a lone entry as a string
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def add_recent_database(target: str) -> list[str]:
    items = [target] + [r for r in recent_databases() if r != target]
    items = items[:MAX_RECENT]
    settings().setValue(KEY_RECENT, items)
    return items


def remove_recent_database(target: str) -> None:
    settings().setValue(KEY_RECENT, [r for r in recent_databases() if r != target])
