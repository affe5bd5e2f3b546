"""The Teams page: the generic list page over the ``teams`` list spec."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
from wirausaha_app.ui.pages import PageInfo
from wirausaha_app.ui.pages.list_page import ListPage

if TYPE_CHECKING:
    from wirausaha_app.ui.main_window import MainWindow

PAGE_INFO = PageInfo("teams", 50, QT_TRANSLATE_NOOP("Pages", "Teams"), "teams.svg")


def create_page(window: MainWindow) -> ListPage:
    return ListPage(window, "teams")
