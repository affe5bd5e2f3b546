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

import ast
import importlib
import logging
import pkgutil
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, MarkedText

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


@dataclass
class PageEntry:
    """A discovered page; its module is imported when the page is first created."""

    info: PageInfo
    module_name: str
    _module: ModuleType | None = field(default=None, repr=False)

    @property
    def module(self) -> ModuleType:
        if self._module is None:
            self._module = importlib.import_module(self.module_name)
        return self._module

    def create(self, window: MainWindow) -> QWidget:
        widget: QWidget = self.module.create_page(window)
        return widget


def _static_info(text: str) -> PageInfo | None:
    """Read ``PAGE_INFO = PageInfo(...)`` from a module's source without importing it.

    Start-up then costs no page's imports (a page may pull in numpy or reportlab),
    and only the PAGE_INFO statement is parsed, not the whole file. A PAGE_INFO that
    is not written with literals is read by importing instead.
    """
    if not re.search(r"^def create_page\(", text, re.MULTILINE):
        return None
    lines = text.splitlines()
    for n, line in enumerate(lines):
        if not re.match(r"PAGE_INFO\s*(:[^=]*)?=", line):
            continue
        statement = [line]
        for more in lines[n + 1 :]:  # continuation lines are indented or close brackets
            if more[:1] in (" ", "\t", ")", "]"):
                statement.append(more)
            else:
                break
        try:
            node = ast.parse("\n".join(statement)).body[0]
        except (SyntaxError, IndexError):
            return None
        value = getattr(node, "value", None)
        if not isinstance(value, ast.Call):
            return None
        try:
            args = [_literal(a) for a in value.args]
            kwargs = {k.arg: _literal(k.value) for k in value.keywords if k.arg}
            return PageInfo(*args, **kwargs)
        except (ValueError, TypeError):
            return None
    return None


def _literal(node: ast.expr) -> Any:
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
    ):
        context, text = (ast.literal_eval(a) for a in node.args)
        return QT_TRANSLATE_NOOP(context, text)
    return ast.literal_eval(node)


def discover_pages() -> list[PageEntry]:
    """Every page module in this package, in sidebar order."""
    found: dict[str, PageEntry] = {}
    for module_info in pkgutil.iter_modules(__path__):
        if module_info.name.startswith("_"):
            continue
        name = f"{__name__}.{module_info.name}"
        path = Path(__path__[0]) / f"{module_info.name}.py"
        try:
            text: str | None = path.read_text(encoding="utf-8")
        except OSError:
            text = None  # compiled only (a frozen build): read by importing
        if text is not None and "PAGE_INFO" not in text:
            continue  # a helper module (list_page), not a page
        info = _static_info(text) if text is not None else None
        entry: PageEntry | None = None
        if info is not None:
            entry = PageEntry(info, name)
        else:
            module = importlib.import_module(name)
            found_info = getattr(module, "PAGE_INFO", None)
            if isinstance(found_info, PageInfo) and hasattr(module, "create_page"):
                entry = PageEntry(found_info, name, module)
        if entry is None:
            continue
        if entry.info.key in found:
            log.warning(
                "two pages use the key %r; keeping %s",
                entry.info.key,
                found[entry.info.key].module_name,
            )
            continue
        found[entry.info.key] = entry
    return sorted(found.values(), key=lambda e: (e.info.order, e.info.key))
