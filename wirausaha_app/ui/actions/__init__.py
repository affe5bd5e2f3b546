"""Menu actions contributed by modules of this package (Excel import/export, backups…).

A module here defines ``install(window: MainWindow) -> None`` and adds its actions
to ``window.menu("file" | "tools" | "help")``. Modules are installed in name
order when the main window is built; an action module that fails to install is
logged and skipped, so one broken extra never keeps the program from starting.
Import heavy libraries (openpyxl, reportlab) inside the action's slot, not at
module level: these modules are imported at start-up.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wirausaha_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def install_all(window: MainWindow) -> list[str]:
    """Install every action module; returns the names installed."""
    installed = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module_info.name.startswith("_"):
            continue
        try:
            module = importlib.import_module(f"{__name__}.{module_info.name}")
            install = getattr(module, "install", None)
            if install is None:
                continue
            install(window)
        except Exception:
            log.exception("the menu actions of %s could not be installed", module_info.name)
            continue
        installed.append(module_info.name)
    return installed
