"""Pages of the main window, discovered from the modules of this package.

A page module defines::

    PAGE_INFO = PageInfo(key="students", order=40,
                         title=QT_TRANSLATE_NOOP("Pages", "Students"), icon="students.svg")

    def create_page(window: MainWindow) -> QWidget: ...

``order`` places it in the sidebar (dashboard 10, universities 20, cohorts 30,
students 40, teams 50, mentors 60, UMKM 70; pairings/sessions/reports may take 80,
90, 100). ``icon`` is a file in ``resources/icons/``. Pages are created the first
time they are shown and created again when another database is opened, so a page
may read ``window.db`` once in its constructor. A page may define
``current_list_query()`` (returning a ``core.listing.ListQuery``) and
``refresh()`` (called after imports and other bulk changes).
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from wirausaha_app.core.i18n import MarkedText

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from wirausaha_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageInfo:
    key: str
    order: int
    title: MarkedText
    icon: str = ""


@dataclass(frozen=True)
class PageEntry:
    info: PageInfo
    create: Callable[[MainWindow], QWidget]
    module: ModuleType


def discover_pages() -> list[PageEntry]:
    """Every page module in this package, in sidebar order."""
    found: dict[str, PageEntry] = {}
    for module_info in pkgutil.iter_modules(__path__):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        info = getattr(module, "PAGE_INFO", None)
        create = getattr(module, "create_page", None)
        if not isinstance(info, PageInfo) or create is None:
            continue
        if info.key in found:
            log.warning("two pages use the key %r; keeping %s", info.key, found[info.key].module)
            continue
        found[info.key] = PageEntry(info, create, module)
    return sorted(found.values(), key=lambda e: (e.info.order, e.info.key))
